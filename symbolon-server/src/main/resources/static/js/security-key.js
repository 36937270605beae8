// Security keys (W3C WebAuthn): turns the server's options into navigator.credentials calls and
// the key's answer back into JSON for the form. A form with data-webauthn="get" (sign-in) or
// "create" (registration) holds the options in data-options, or fetches them from
// data-options-url; the answer goes into the hidden field named credential, and the form is sent.
// Errors are said through the form's role=alert region. Binary values are base64url (RFC 4648 §5).
(function () {
  'use strict';

  function toBuffer(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) {
      base64 += '=';
    }
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function descriptors(list) {
    return (list || []).map(function (item) {
      return Object.assign({}, item, { id: toBuffer(item.id) });
    });
  }

  function requestOptions(publicKey) {
    return Object.assign({}, publicKey, {
      challenge: toBuffer(publicKey.challenge),
      allowCredentials: descriptors(publicKey.allowCredentials)
    });
  }

  function creationOptions(publicKey) {
    return Object.assign({}, publicKey, {
      challenge: toBuffer(publicKey.challenge),
      user: Object.assign({}, publicKey.user, { id: toBuffer(publicKey.user.id) }),
      excludeCredentials: descriptors(publicKey.excludeCredentials)
    });
  }

  function credentialJson(credential) {
    var response = credential.response;
    var json = {
      type: credential.type,
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      response: { clientDataJSON: toBase64url(response.clientDataJSON) },
      clientExtensionResults: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {}
    };
    if (response.attestationObject) {
      json.response.attestationObject = toBase64url(response.attestationObject);
      json.response.transports = response.getTransports ? response.getTransports() : [];
    } else {
      json.response.authenticatorData = toBase64url(response.authenticatorData);
      json.response.signature = toBase64url(response.signature);
      if (response.userHandle) {
        json.response.userHandle = toBase64url(response.userHandle);
      }
    }
    return JSON.stringify(json);
  }

  function say(form, key) {
    var region = form.querySelector('[data-webauthn-error]');
    if (region) {
      region.hidden = false;
      region.textContent = region.getAttribute('data-' + key) || region.getAttribute('data-failed');
    }
  }

  function reason(error) {
    if (!error) {
      return 'failed';
    }
    if (error.name === 'NotAllowedError' || error.name === 'AbortError') {
      return 'cancelled';
    }
    if (error.name === 'InvalidStateError') {
      return 'registered';
    }
    if (error.name === 'NotSupportedError' || error.name === 'SecurityError') {
      return 'unsupported';
    }
    return 'failed';
  }

  function options(form) {
    var inline = form.getAttribute('data-options');
    if (inline) {
      return Promise.resolve(JSON.parse(inline));
    }
    var csrf = form.querySelector('input[name="_csrf"]');
    var body = new URLSearchParams();
    if (csrf) {
      body.append('_csrf', csrf.value);
    }
    return fetch(form.getAttribute('data-options-url'), { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw { name: response.status === 409 ? 'TooMany' : 'Failed' };
        }
        return response.json();
      });
  }

  function run(form) {
    if (!window.PublicKeyCredential || !navigator.credentials) {
      say(form, 'unsupported');
      return;
    }
    var create = form.getAttribute('data-webauthn') === 'create';
    if (create && !form.reportValidity()) {
      return;
    }
    options(form).then(function (json) {
      return create
        ? navigator.credentials.create({ publicKey: creationOptions(json.publicKey) })
        : navigator.credentials.get({ publicKey: requestOptions(json.publicKey) });
    }).then(function (credential) {
      form.querySelector('input[name="credential"]').value = credentialJson(credential);
      form.submit();
    }, function (error) {
      say(form, error && error.name === 'TooMany' ? 'toomany' : reason(error));
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-webauthn]'), function (form) {
    var button = form.querySelector('[data-webauthn-start]');
    if (!button) {
      return;
    }
    button.hidden = false;
    form.addEventListener('submit', function (event) {
      if (!form.querySelector('input[name="credential"]').value) {
        event.preventDefault();
        run(form);
      }
    });
  });
}());
