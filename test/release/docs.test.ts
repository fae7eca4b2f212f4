// The README and docs/ link to each other and to the project's own files only, and every link
// lands: on a file of the repository, and on a heading of it when it names one.
import { expect } from '@open-wc/testing';
import { docLinks, outsideMentions } from './commands.js';

describe('the documentation', () => {
  it('has no broken relative link', async function () {
    this.timeout(30000);
    const links = await docLinks();
    expect(links.length).to.be.greaterThan(50);
    const broken = links.filter((link) => !link.exists || !link.anchorFound);
    expect(broken.map((link) => `${link.page} → ${link.target}`)).to.deep.equal([]);
  });

  it("never sends readers outside the repository for the project's own documents", async function () {
    this.timeout(30000);
    const links = await docLinks();
    expect(links.filter((link) => link.path.startsWith('..')).map((link) => `${link.page} → ${link.target}`)).to.deep.equal([]);
  });

  it('stands on its own: no file of the repository cites a document kept outside it', async function () {
    this.timeout(30000);
    expect(await outsideMentions()).to.deep.equal([]);
  });
});
