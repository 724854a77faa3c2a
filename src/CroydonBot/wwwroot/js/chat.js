// Starts Bot Framework Web Chat against Direct Line (embedded or Azure's) with a token from our own
// /api/webchat/token, so the Direct Line secret never reaches the browser. The token and conversation
// are kept in sessionStorage: a reload resumes the same conversation and Web Chat shows its history.
(function () {
  'use strict';

  var STORAGE_KEY = 'croydonbot.webchat';
  var ONLINE = 2;
  var EXPIRED_TOKEN = 4;
  var FAILED_TO_CONNECT = 5;

  var status = document.getElementById('chat-status');
  var container = document.getElementById('webchat');

  function say(text) {
    status.textContent = text;
  }

  function load() {
    try {
      return JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
    } catch (e) {
      return null;
    }
  }

  function save(session) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch (e) {
      // Private browsing may refuse storage: the chat still works, it just will not survive a reload.
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // Nothing stored, nothing to forget.
    }
  }

  // Direct Line wants an absolute domain without a trailing slash; ours comes as a path on this site.
  function absolute(domain) {
    return new URL(domain, window.location.href).href.replace(/\/$/, '');
  }

  async function newSession() {
    var response = await fetch('api/webchat/token', { method: 'POST', headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error('token ' + response.status);
    }
    var body = await response.json();
    return { token: body.token, domain: absolute(body.domain), userId: body.userId, conversationId: null, watermark: null };
  }

  // A stored token is refreshed before use: that proves the conversation still exists and gives it 30 more minutes.
  async function resumedSession(saved) {
    if (!saved || !saved.token || !saved.conversationId || !saved.domain) {
      return null;
    }
    try {
      var response = await fetch(saved.domain + '/tokens/refresh', { method: 'POST', headers: { Authorization: 'Bearer ' + saved.token } });
      if (!response.ok) {
        return null;
      }
      var body = await response.json();
      return { token: body.token, domain: saved.domain, userId: saved.userId, conversationId: saved.conversationId, watermark: saved.watermark };
    } catch (e) {
      return null;
    }
  }

  var styleOptions = {
    accent: '#005a70',
    primaryFont: 'Arial, Helvetica, sans-serif',
    fontSizeSmall: '90%',
    subtle: '#505a5f',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f3f2f1',
    bubbleBorderColor: '#b1b4b6',
    bubbleBorderRadius: 8,
    bubbleTextColor: '#0b0c0c',
    bubbleFromUserBackground: '#005a70',
    bubbleFromUserBorderColor: '#005a70',
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMinWidth: 0,
    bubbleMaxWidth: 640,
    // Big targets (WCAG 2.2 target size) and wrapping buttons that fit a 360 px screen.
    suggestedActionLayout: 'flow',
    suggestedActionHeight: 44,
    suggestedActionBorderRadius: 22,
    suggestedActionBorderColor: '#005a70',
    suggestedActionTextColor: '#005a70',
    suggestedActionKeyboardFocusIndicatorBorderColor: '#0b0c0c',
    suggestedActionKeyboardFocusIndicatorBorderStyle: 'solid',
    suggestedActionKeyboardFocusIndicatorBorderWidth: 2,
    sendBoxHeight: 56,
    sendBoxTextWrap: true,
    sendBoxBorderTop: 'solid 2px #505a5f',
    sendBoxButtonColor: '#005a70',
    sendBoxButtonKeyboardFocusIndicatorBorderColor: '#0b0c0c',
    sendBoxButtonKeyboardFocusIndicatorBorderWidth: 2,
    transcriptVisualKeyboardIndicatorColor: '#0b0c0c',
    transcriptVisualKeyboardIndicatorWidth: 3,
    hideUploadButton: true,
    emojiSet: false,
    notificationText: '#505a5f',
    timestampColor: '#505a5f',
    // A new reply opens at its start, not its end: auto-scroll stops once the first reply after the person's
    // message reaches the top of the transcript, so a long answer (or the crisis reply) on a 360 px phone is read
    // from its first line, with its source lines below. Shorter replies still scroll fully into view.
    autoScrollSnapOnPage: true,
    autoScrollSnapOnPageOffset: 0
  };

  // Web Chat's markdown keeps tel: links but turns an sms: link (Shout's text number in the crisis reply) into an
  // inert button. Put back a real link for a plain number, so a phone opens its messages app. Nothing else changes:
  // the value must be sms: and digits, and the link's text is the button's text.
  var SMS_NUMBER = /^sms:\+?[0-9]{3,15}$/;

  function renderMarkdown(markdown, options, linkOptions) {
    var html = window.WebChat.renderMarkdown(markdown, options, linkOptions);
    if (html.indexOf('sms:') < 0) {
      return html;
    }
    var doc = new DOMParser().parseFromString(html, 'text/html');
    doc.querySelectorAll('button[value^="sms:"]').forEach(function (button) {
      var href = button.getAttribute('value');
      if (SMS_NUMBER.test(href)) {
        var link = doc.createElement('a');
        link.setAttribute('href', href);
        link.textContent = button.textContent;
        button.replaceWith(link);
      }
    });
    return doc.body.innerHTML;
  }

  async function start() {
    say('Connecting to CroydonBot…');
    var session = await resumedSession(load());
    var resuming = !!session;
    if (!session) {
      forget();
      session = await newSession();
    }

    var directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: session.domain,
      conversationId: session.conversationId || undefined,
      // Web Chat keeps no transcript of its own: replaying from the start of the conversation is what
      // brings the history back after a reload. The stored watermark only says how far the page had got.
      watermark: resuming ? '0' : undefined
    });

    function remember() {
      if (directLine.conversationId) {
        save({
          token: directLine.token || session.token,
          domain: session.domain,
          userId: session.userId,
          conversationId: directLine.conversationId,
          watermark: directLine.watermark || session.watermark || null
        });
      }
    }

    directLine.connectionStatus$.subscribe(function (value) {
      if (value === ONLINE) {
        say('');
        remember();
      } else if ((value === FAILED_TO_CONNECT || value === EXPIRED_TOKEN) && resuming) {
        // The old conversation is gone (the service restarted or it expired): forget it and start afresh.
        forget();
        directLine.end();
        window.location.reload();
      } else if (value === FAILED_TO_CONNECT || value === EXPIRED_TOKEN) {
        say('CroydonBot cannot be reached right now. Please try again later.');
      }
    });
    directLine.activity$.subscribe(remember);

    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: session.userId,
        locale: 'en-GB',
        renderMarkdown: renderMarkdown,
        styleOptions: styleOptions
      },
      container
    );
  }

  function failed() {
    say('CroydonBot cannot be reached right now. Please try again later.');
  }

  if (!window.WebChat) {
    failed();
    return;
  }
  start().catch(failed);
})();
