// SQLite in the folder the test gives (DATABASE_FILE), fresh for each test module.
module.exports = ({ env }) => ({
  connection: {
    client: "sqlite",
    connection: { filename: env("DATABASE_FILE") },
    useNullAsDefault: true,
  },
});
