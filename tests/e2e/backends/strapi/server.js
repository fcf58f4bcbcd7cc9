// Starts Strapi without its admin panel (config/admin.js: serveAdminPanel false), so no
// admin build is needed: the tests only use the content API.
const strapi = require("@strapi/strapi");

strapi({ appDir: __dirname, distDir: __dirname }).start();
