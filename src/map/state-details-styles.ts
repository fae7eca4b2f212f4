// Styles of the details panel (src/map/state-details.ts): beside the state on a wide map, under
// the map on a narrow one (the frame is the container the query measures).

import { css } from 'lit';

export const detailsStyles = css`
  .details {
    position: absolute;
    z-index: 2;
    bottom: 0.5em;
    width: min(20em, 55%);
    max-height: calc(100% - 1em);
    overflow-y: auto;
    padding: 0.6em 0.75em;
    font-size: 0.875em;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.16);
  }
  .details.left {
    left: 0.5em;
  }
  .details.right {
    right: 0.5em;
  }
  .details header {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: 0.5em;
  }
  .details h3 {
    margin: 0;
    font-size: 1.15em;
    line-height: 1.25;
  }
  .details .close {
    flex: none;
    width: 1.75em;
    height: 1.75em;
    min-width: 24px;
    min-height: 24px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    background: var(--_bg);
    font-size: 1.1em;
    line-height: 1;
  }
  .details p {
    margin: 0.4em 0 0;
  }
  .details dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.15em 0.75em;
    margin: 0.5em 0 0;
  }
  .details dt {
    font-weight: 600;
  }
  .details dd {
    margin: 0;
  }
  .details-category {
    font-weight: 600;
  }
  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    text-align: start;
  }
  @container (max-width: 480px) {
    .details {
      position: static;
      width: auto;
      max-height: none;
      margin-top: 0.5em;
      box-shadow: none;
    }
  }
`;
