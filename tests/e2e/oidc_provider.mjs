// A STAND-IN identity provider for the sign-in tests (not a real Keycloak, Okta, …):
// oauth2-mock-server's OpenID Connect endpoints (discovery, JWKS, authorization code +
// PKCE, token, userinfo) mounted under an issuer path such as /realms/refine, as
// Keycloak serves a realm, plus a login page of its own in front of /authorize.
//
//   node oidc_provider.mjs PORT ISSUER_PATH
//
// tests/e2e/test_sign_in.py copies it into the tools folder that has oauth2-mock-server
// installed and runs it there; it prints "ready <issuer URL>" once it listens on 127.0.0.1.
import http from "node:http";
import { OAuth2Issuer, OAuth2Service } from "oauth2-mock-server";

const [port, issuerPath = ""] = process.argv.slice(2);
const prefix = issuerPath.replace(/\/+$/, "");
const origin = `http://127.0.0.1:${port}`;

// `nickname` too: Auth.js's Auth0 provider takes the display name from it, as Auth0 sends it.
const USER = { sub: "ada", name: "Ada Lovelace", nickname: "Ada Lovelace", email: "ada@example.test" };

const issuer = new OAuth2Issuer(false);
issuer.url = `${origin}${prefix}`;
await issuer.keys.generate("RS256");
const service = new OAuth2Service(issuer);
// The signed-in user's claims, in the ID token Auth.js reads the profile from.
service.on("beforeTokenSigning", (token) => {
  Object.assign(token.payload, { ...USER, picture: `${origin}/avatar.svg` });
});
const handler = service.requestHandler;

const AVATAR =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="16" fill="#4f46e5"/></svg>';

function loginPage(query) {
  const action = `${prefix}/authorize`;
  const fields = [...query.entries()]
    .map(([key, value]) => `<input type="hidden" name="${escape(key)}" value="${escape(value)}">`)
    .join("");
  return `<!doctype html><title>Test identity provider</title><h1>Test identity provider</h1>
<form method="get" action="${action}">${fields}<input type="hidden" name="login" value="1">
<p>Signing in as ${USER.name} (${USER.email}).</p><button type="submit">Continue</button></form>`;
}

function escape(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? "/", origin);
  if (url.pathname === "/avatar.svg") {
    res.writeHead(200, { "Content-Type": "image/svg+xml" }).end(AVATAR);
    return;
  }
  if (!url.pathname.startsWith(`${prefix}/`)) {
    res.writeHead(404).end();
    return;
  }
  const path = url.pathname.slice(prefix.length);
  if (path === "/authorize" && url.searchParams.get("login") !== "1") {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(loginPage(url.searchParams));
    return;
  }
  url.searchParams.delete("login");
  req.url = `${path}${url.search}`;
  handler(req, res);
});
server.listen(Number(port), "127.0.0.1", () => console.log(`ready ${issuer.url}`));
