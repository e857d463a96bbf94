import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '../../src/base/define.js';
import { VERSION } from '../../src/base/version.js';
import { resetWarnings } from '../../src/base/warn.js';
import { stubWarn } from '../helpers.js';

describe('define', () => {
  beforeEach(() => resetWarnings());

  it('registers a new tag', () => {
    class First extends LitElement {}
    define('ccv-define-first', First);
    expect(customElements.get('ccv-define-first')).to.equal(First);
  });

  it('does not throw when a second copy defines the same tag, and keeps the first', () => {
    class Original extends LitElement {}
    class SecondCopy extends LitElement {}
    define('ccv-define-twice', Original);
    expect(() => define('ccv-define-twice', SecondCopy)).not.to.throw();
    expect(customElements.get('ccv-define-twice')).to.equal(Original);
  });

  it('warns once when the tag is taken by another version', () => {
    const warn = stubWarn();
    try {
      class Old extends LitElement {
        static version = '0.0.1';
      }
      class Newer extends LitElement {}
      define('ccv-define-versions', Old);
      define('ccv-define-versions', Newer);
      define('ccv-define-versions', Newer);
      expect(warn.calls).to.have.length(1);
      expect(warn.calls[0][0]).to.contain('0.0.1');
    } finally {
      warn.restore();
    }
  });

  it('does not throw when one constructor is registered under a second name', () => {
    const warn = stubWarn();
    try {
      class Reused extends LitElement {}
      define('ccv-define-reused-a', Reused);
      expect(() => define('ccv-define-reused-b', Reused)).not.to.throw();
      expect(warn.calls).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('carries the version from package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
