module.exports = () => ({
  "users-permissions": { config: { jwtSecret: "fixture-users-permissions-jwt-secret" } },
});
