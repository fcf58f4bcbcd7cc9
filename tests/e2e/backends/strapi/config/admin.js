// The admin panel is neither built nor served: the fixture is only a content API.
module.exports = () => ({
  serveAdminPanel: false,
  autoOpen: false,
  auth: { secret: "fixture-admin-jwt-secret" },
  apiToken: { salt: "fixture-api-token-salt" },
  transfer: { token: { salt: "fixture-transfer-token-salt" } },
});
