import { expect } from '@open-wc/testing';
import { resolveVideo } from '../../src/consent-video/source.js';
import { embedUrl, parseStart, parseVideoUrl, watchUrl, type VideoRef } from '../../src/consent-video/video-url.js';

const ID = 'M7lc1UVf-VE';

describe('video URLs', () => {
  describe('parseVideoUrl accepts every common form', () => {
    const table: [string, VideoRef][] = [
      [`https://www.youtube.com/watch?v=${ID}`, { provider: 'youtube', id: ID }],
      [`https://youtube.com/watch?v=${ID}&feature=share`, { provider: 'youtube', id: ID }],
      [`https://m.youtube.com/watch?v=${ID}`, { provider: 'youtube', id: ID }],
      [`https://music.youtube.com/watch?v=${ID}`, { provider: 'youtube', id: ID }],
      [`http://www.youtube.com/watch?v=${ID}`, { provider: 'youtube', id: ID }],
      [`www.youtube.com/watch?v=${ID}`, { provider: 'youtube', id: ID }],
      [`  https://www.youtube.com/watch?v=${ID}  `, { provider: 'youtube', id: ID }],
      [`https://youtu.be/${ID}`, { provider: 'youtube', id: ID }],
      [`youtu.be/${ID}?si=abc123`, { provider: 'youtube', id: ID }],
      [`https://www.youtube.com/shorts/${ID}`, { provider: 'youtube', id: ID }],
      [`https://www.youtube.com/embed/${ID}`, { provider: 'youtube', id: ID }],
      [`https://www.youtube-nocookie.com/embed/${ID}?start=30`, { provider: 'youtube', id: ID, start: 30 }],
      [`https://www.youtube.com/live/${ID}?feature=shared`, { provider: 'youtube', id: ID }],
      [`https://www.youtube.com/v/${ID}`, { provider: 'youtube', id: ID }],
      [`https://www.youtube.com/watch?v=${ID}&t=90`, { provider: 'youtube', id: ID, start: 90 }],
      [`https://www.youtube.com/watch?v=${ID}&t=1m30s`, { provider: 'youtube', id: ID, start: 90 }],
      [`https://youtu.be/${ID}?t=1h2m3s`, { provider: 'youtube', id: ID, start: 3723 }],
      [`https://www.youtube.com/watch?v=${ID}#t=45s`, { provider: 'youtube', id: ID, start: 45 }],
      // Shortened by hand, and the "continue watching" time of older share links.
      [`https://www.youtube.com/watch?v=${ID}&t=1m30`, { provider: 'youtube', id: ID, start: 90 }],
      [`https://www.youtube.com/watch?v=${ID}&time_continue=75`, { provider: 'youtube', id: ID, start: 75 }],
      // A CMS that escaped the link twice: the page's attribute reads "&amp;" where "&" was meant.
      [`https://www.youtube.com/watch?v=${ID}&amp;t=90`, { provider: 'youtube', id: ID, start: 90 }],
      [`https://www.youtube.com/watch?v=${ID}&amp;amp;list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&amp;t=1m`, { provider: 'youtube', id: ID, list: 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG', start: 60 }],
      [`https://www.youtube.com/watch?feature=shared&amp;v=${ID}`, { provider: 'youtube', id: ID }],
      [`https://www.youtube.com/embed/${ID}?start=75`, { provider: 'youtube', id: ID, start: 75 }],
      // A clip from an embed code: where it stops, when that is after where it starts.
      [`https://www.youtube.com/embed/${ID}?start=75&end=120`, { provider: 'youtube', id: ID, start: 75, end: 120 }],
      [`https://www.youtube.com/embed/${ID}?end=1m`, { provider: 'youtube', id: ID, end: 60 }],
      [`https://www.youtube.com/embed/${ID}?start=75&end=30`, { provider: 'youtube', id: ID, start: 75 }],
      [
        `https://www.youtube.com/watch?v=${ID}&list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG&index=2`,
        { provider: 'youtube', id: ID, list: 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG' },
      ],
      [
        'https://www.youtube.com/playlist?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
        { provider: 'youtube', list: 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG' },
      ],
      [
        'https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG',
        { provider: 'youtube', list: 'PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG' },
      ],
      ['https://vimeo.com/76979871', { provider: 'vimeo', id: '76979871' }],
      ['https://vimeo.com/76979871#t=1m5s', { provider: 'vimeo', id: '76979871', start: 65 }],
      ['https://vimeo.com/76979871/8272103f6e', { provider: 'vimeo', id: '76979871', hash: '8272103f6e' }],
      ['https://player.vimeo.com/video/76979871?h=8272103f6e', { provider: 'vimeo', id: '76979871', hash: '8272103f6e' }],
      ['https://vimeo.com/channels/staffpicks/76979871', { provider: 'vimeo', id: '76979871' }],
      ['https://vimeo.com/groups/shortfilms/videos/76979871', { provider: 'vimeo', id: '76979871' }],
      ['https://vimeo.com/showcase/1234567/video/76979871', { provider: 'vimeo', id: '76979871' }],
      // A channel or group with a numeric name: the id is where the form puts it.
      ['https://vimeo.com/channels/1234567/76979871', { provider: 'vimeo', id: '76979871' }],
      ['https://vimeo.com/groups/123456/videos/76979871', { provider: 'vimeo', id: '76979871' }],
      // The owner's own links, as an editor who uploaded the video has them.
      ['https://vimeo.com/manage/videos/76979871', { provider: 'vimeo', id: '76979871' }],
      // (A review link's hash is the review's own, not the video's: not passed on to the player.)
      ['https://vimeo.com/leerkring/review/76979871/8272103f6e', { provider: 'vimeo', id: '76979871' }],
      ['https://vimeo.com/groups/review/videos/76979871', { provider: 'vimeo', id: '76979871' }],
      ['https://vimeo.com/channels/review/76979871', { provider: 'vimeo', id: '76979871' }],
    ];
    for (const [input, expected] of table) {
      it(input.trim(), () => expect(parseVideoUrl(input)).to.deep.equal(expected));
    }
  });

  it('reads plain links the same way through the shortcut and the full parser', () => {
    // `&x=1` takes the same link through the full parser (URL object and all).
    for (const id of [ID, 'a_b-C1d2E3f', '-----------']) {
      for (const link of [`https://www.youtube.com/watch?v=${id}`, `https://youtu.be/${id}`]) {
        expect(parseVideoUrl(link), link).to.deep.equal(parseVideoUrl(`${link}${link.includes('?') ? '&' : '?'}x=1`));
      }
    }
  });

  describe('parseVideoUrl refuses what is not a video', () => {
    const bad = [
      '',
      'javascript:alert(1)',
      `javascript://www.youtube.com/watch?v=${ID}`,
      `data:text/html,<a href="https://youtu.be/${ID}">`,
      '<img src=x onerror=alert(1)>',
      `https://www.youtube.com.evil.example/watch?v=${ID}`,
      `https://evil.example/?u=https://youtu.be/${ID}`,
      `https://user:pass@www.youtube.com/watch?v=${ID}`,
      `https://www.youtube.com:8443/watch?v=${ID}`,
      'https://www.youtube.com/watch?v=short',
      'https://www.youtube.com/watch?v=<script>alert(1)</script>',
      'https://www.youtube.com/watch?v=M7lc1UVf-VE"onload="x',
      'https://www.youtube.com/channel/UC123',
      'https://www.youtube.com/',
      'https://vimeo.com/user12345',
      'https://vimeo.com/groups/123456/76979871',
      'https://vimeo.com/manage/76979871',
      'https://vimeo.com/manage/folders/76979871',
      'https://vimeo.com/',
      `ftp://youtu.be/${ID}`,
      `https://youtu.be/${ID}${'x'.repeat(3000)}`,
      `https://www.youtube.com/watch?v=${ID}&list=${'A'.repeat(200)}`,
      // Over-long, though every part of it is valid: refused before it is parsed.
      `https://www.youtube.com/watch?v=${ID}&feature=${'x'.repeat(3000)}`,
      // Eleven characters, but YouTube's word for "a playlist", which needs a list.
      'https://youtu.be/videoseries',
      'https://www.youtube.com/watch?v=videoseries',
    ];
    for (const input of bad) {
      it(JSON.stringify(input.slice(0, 70)), () => expect(parseVideoUrl(input)).to.be.undefined);
    }
  });

  it('reads start times in every notation', () => {
    expect(parseStart('90')).to.equal(90);
    expect(parseStart('90s')).to.equal(90);
    expect(parseStart('2m')).to.equal(120);
    expect(parseStart('1h')).to.equal(3600);
    expect(parseStart('1m30')).to.equal(90);
    expect(parseStart('1h2m3')).to.equal(3723);
    expect(parseStart('1h30'), 'minutes or seconds: not guessed').to.be.undefined;
    expect(parseStart('1:30')).to.equal(90);
    expect(parseStart('1:02:03')).to.equal(3723);
    expect(parseStart('')).to.be.undefined;
    expect(parseStart('-5')).to.be.undefined;
    expect(parseStart('abc')).to.be.undefined;
    expect(parseStart('1:75')).to.be.undefined;
  });

  it('builds YouTube embeds on the no-cookie domain', () => {
    const url = new URL(embedUrl({ provider: 'youtube', id: ID, start: 90 }, { autoplay: true, lang: 'nl' }));
    expect(url.origin).to.equal('https://www.youtube-nocookie.com');
    expect(url.pathname).to.equal(`/embed/${ID}`);
    expect(url.searchParams.get('start')).to.equal('90');
    expect(url.searchParams.get('autoplay')).to.equal('1');
    expect(url.searchParams.get('hl')).to.equal('nl');
    // Played in the page on iPhones, and no other channels' videos suggested at the end.
    expect([url.searchParams.get('playsinline'), url.searchParams.get('rel')]).to.deep.equal(['1', '0']);
    const quiet = new URL(embedUrl({ provider: 'youtube', id: ID }, { autoplay: false, lang: 'en' }));
    expect(quiet.searchParams.has('autoplay')).to.be.false;
    expect(quiet.searchParams.has('start')).to.be.false;
    const playlist = new URL(embedUrl({ provider: 'youtube', list: 'PL123' }, { autoplay: false, lang: 'nl' }));
    expect(playlist.pathname).to.equal('/embed/videoseries');
    expect(playlist.searchParams.get('list')).to.equal('PL123');
    // A video in a playlist: that video first, the playlist after it.
    const inList = new URL(embedUrl({ provider: 'youtube', id: ID, list: 'PL123', start: 30 }, { autoplay: true, lang: 'nl' }));
    expect([inList.pathname, inList.searchParams.get('list'), inList.searchParams.get('start')]).to.deep.equal([`/embed/${ID}`, 'PL123', '30']);
    const clip = new URL(embedUrl({ provider: 'youtube', id: ID, start: 75, end: 120 }, { autoplay: false, lang: 'nl' }));
    expect([clip.searchParams.get('start'), clip.searchParams.get('end')]).to.deep.equal(['75', '120']);
    expect(url.searchParams.has('end'), 'no end where none was given').to.be.false;
  });

  it('builds Vimeo embeds with do-not-track', () => {
    const url = new URL(embedUrl({ provider: 'vimeo', id: '76979871', hash: 'abc123', start: 65 }, { autoplay: true, lang: 'nl' }));
    expect(url.origin).to.equal('https://player.vimeo.com');
    expect(url.pathname).to.equal('/video/76979871');
    expect(url.searchParams.get('dnt')).to.equal('1');
    expect(url.searchParams.get('h')).to.equal('abc123');
    expect(url.searchParams.get('autoplay')).to.equal('1');
    expect(url.hash).to.equal('#t=65s');
  });

  it('links to the video on the provider site', () => {
    expect(watchUrl({ provider: 'youtube', id: ID, start: 90 })).to.equal(`https://www.youtube.com/watch?v=${ID}&t=90s`);
    expect(watchUrl({ provider: 'youtube', list: 'PL1' })).to.equal('https://www.youtube.com/playlist?list=PL1');
    expect(watchUrl({ provider: 'vimeo', id: '76979871', hash: 'abc123' })).to.equal('https://vimeo.com/76979871/abc123');
  });

  describe('resolveVideo', () => {
    it('prefers url over video-id, and lets start override the URL time', () => {
      expect(resolveVideo({ url: `https://youtu.be/${ID}?t=10`, videoId: 'x', start: '20' })).to.deep.equal({
        ref: { provider: 'youtube', id: ID, start: 20 },
      });
      // A clip's end stays while it comes after the start given; past it, the video plays on.
      const clip = `https://www.youtube.com/embed/${ID}?start=10&end=60`;
      expect(resolveVideo({ url: clip, start: '20' }).ref).to.deep.equal({ provider: 'youtube', id: ID, start: 20, end: 60 });
      expect(resolveVideo({ url: clip, start: '90' }).ref).to.deep.equal({ provider: 'youtube', id: ID, start: 90 });
    });
    it('takes video-id with a provider', () => {
      expect(resolveVideo({ videoId: '76979871', provider: 'Vimeo' })).to.deep.equal({ ref: { provider: 'vimeo', id: '76979871' } });
      expect(resolveVideo({ videoId: ID })).to.deep.equal({ ref: { provider: 'youtube', id: ID } });
    });
    it('names each problem', () => {
      expect(resolveVideo({})).to.deep.equal({ problem: 'noVideo' });
      expect(resolveVideo({ url: 'https://example.org/video' })).to.deep.equal({ problem: 'badUrl' });
      expect(resolveVideo({ videoId: 'bad id!' })).to.deep.equal({ problem: 'badId' });
      expect(resolveVideo({ videoId: ID, provider: 'dailymotion' })).to.deep.equal({ problem: 'badProvider' });
      expect(resolveVideo({ videoId: ID, poster: 'http://cdn.example.org/p.jpg' })).to.deep.equal({ problem: 'badPoster' });
      expect(resolveVideo({ videoId: ID, poster: `https://i.ytimg.com/vi/${ID}/hqdefault.jpg` })).to.deep.equal({ problem: 'badPoster' });
      expect(resolveVideo({ videoId: ID, poster: 'javascript:alert(1)' })).to.deep.equal({ problem: 'badPoster' });
    });
    it("accepts a poster on the page's own site only", () => {
      expect(resolveVideo({ videoId: ID, poster: '/poster.jpg' })).to.deep.equal({
        ref: { provider: 'youtube', id: ID },
        poster: new URL('/poster.jpg', location.href).href,
      });
      // https on another site is a request to a third party before consent.
      expect(resolveVideo({ videoId: ID, poster: 'https://static.gemeente.example/p.jpg' })).to.deep.equal({ problem: 'badPoster' });
    });
  });
});
