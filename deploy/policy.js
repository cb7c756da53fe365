// How the add-in is served in production: the Content-Security-Policy and the caching rules, in one place. The
// production build puts the CSP in every page (a <meta> tag) and writes dist-server/nginx.conf from this file;
// `npm run serve:dist` sends the same headers. CommonJS: webpack's config and the scripts read it.
"use strict";

/**
 * Office.js loads its own scripts from its CDN folder; Fluent's styles are inserted at run time.
 * Nothing else is allowed, deliberately: office.js for Word on Windows (and outside Office) also opens a hidden
 * log frame at telemetryservice.firstpartyapps.oaspapps.com 3 s after it starts. The add-in needs none of it, and
 * "no request anywhere else" is the promise, so frame-src stays 'self' and the browser blocks that frame (one
 * console line in the pane's developer tools, nothing the person sees). The preview does not start the frame.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self' https://appsforoffice.microsoft.com",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** Files whose name carries their content hash: cached for a year, never revalidated. */
const HASHED = /\.[0-9a-f]{8}\.(?:js|css)$/;
/** Pages and the manifest: never cached, so that a new release reaches everyone at once. */
const NEVER_CACHED = /(?:\.html|manifest\.xml)$/;

function cacheControl(file) {
  if (HASHED.test(file)) return "public, max-age=31536000, immutable";
  if (NEVER_CACHED.test(file)) return "no-store";
  return "public, max-age=3600";
}

/** An example nginx server block for the production build (dist/) at `serverName`. */
function nginxConfig(serverName = "nota-assistent.example.nl") {
  return `# Nota-assistent: example nginx configuration, written by \`npm run build\` (deploy/policy.js).
# Copy dist/ to /srv/nota-assistent and adapt server_name and the certificate paths.
server {
    # "listen … http2" works from nginx 1.9.5 on (Debian 12 ships 1.22); from 1.25.1 on, "http2 on;" may replace it.
    listen 443 ssl http2;
    server_name ${serverName};

    ssl_certificate     /etc/ssl/certs/${serverName}.pem;
    ssl_certificate_key /etc/ssl/private/${serverName}.key;

    root /srv/nota-assistent;
    charset utf-8;

    # The same policy as the pages' <meta> tag, as a header (a header also covers what a tag cannot).
    add_header Content-Security-Policy "${CSP}" always;
    add_header X-Content-Type-Options "nosniff" always;
    add_header Referrer-Policy "no-referrer" always;

    # Hashed assets never change: a year, no revalidation.
    location ~* "\\.[0-9a-f]{8}\\.(js|css)$" {
        add_header Cache-Control "public, max-age=31536000, immutable" always;
        add_header Content-Security-Policy "${CSP}" always;
        add_header X-Content-Type-Options "nosniff" always;
        try_files $uri =404;
    }

    # Pages and the manifest: never cached, so that a release reaches every Word at once.
    location ~* "(\\.html|manifest\\.xml)$" {
        add_header Cache-Control "no-store" always;
        add_header Content-Security-Policy "${CSP}" always;
        add_header X-Content-Type-Options "nosniff" always;
        try_files $uri =404;
    }

    location / {
        add_header Cache-Control "public, max-age=3600" always;
        add_header Content-Security-Policy "${CSP}" always;
        add_header X-Content-Type-Options "nosniff" always;
        try_files $uri =404;
    }
}
`;
}

module.exports = { CSP, cacheControl, nginxConfig };
