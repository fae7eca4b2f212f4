// Styles of <opicescr-contact>: addresses as cards in one column, the committee as a grid that
// fills the width it is given (one column at 280 px).

import { css } from 'lit';

export const contactStyles = css`
  h3 {
    margin: 0.4em 0 0;
  }
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    gap: 0.75em 1.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contacts {
    grid-template-columns: 1fr;
  }
  .contacts li {
    padding: 0.6em 0.8em;
    border-radius: 4px;
    background: var(--_surface);
  }
  address {
    font-style: normal;
  }
  /* Each part of an entry on its own line; the "Source:" link of an "As listed on" line stays inline. */
  :is(li, address) > * {
    display: block;
  }
  span {
    color: var(--_muted);
  }
  p {
    margin: 0.2em 0 0;
  }
`;
