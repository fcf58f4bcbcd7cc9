-- The app's three tables for Hasura (PostgreSQL), with the rows of mock/seed.json
-- (the e2e test in e2e/ expects them). Run it once in the Hasura console (Data → SQL)
-- or with psql, then apply hasura/metadata (see "Your Hasura" in README.md): it tracks
-- the tables, names their columns in camelCase for GraphQL (category_id → categoryId)
-- and adds the object relationship posts.category.

CREATE TABLE categories (
  id          serial PRIMARY KEY,
  title       text NOT NULL,
  description text
);

CREATE TABLE users (
  id         serial PRIMARY KEY,
  first_name text NOT NULL,
  last_name  text NOT NULL,
  email      text NOT NULL UNIQUE,
  role       text NOT NULL,
  birthday   date
);

CREATE TABLE posts (
  id          serial PRIMARY KEY,
  title       text NOT NULL,
  content     text NOT NULL DEFAULT '',
  status      text NOT NULL DEFAULT 'draft' CHECK (status IN ('published', 'draft', 'rejected')),
  category_id integer NOT NULL REFERENCES categories (id) ON UPDATE CASCADE ON DELETE RESTRICT,
  user_id     integer REFERENCES users (id) ON UPDATE CASCADE ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX posts_category_id_idx ON posts (category_id);

INSERT INTO categories (id, title, description) VALUES
  (1, 'Engineering', 'Notes from the people who build and run the platform.'),
  (2, 'Design', 'Interfaces, research and the craft behind them.'),
  (3, 'Product', 'Roadmaps, launches and the reasoning behind them.'),
  (4, 'Marketing', 'Campaigns, positioning and what we learned from them.'),
  (5, 'Operations', 'How the company runs: tools, processes, logistics.'),
  (6, 'Security', 'Threat models, incidents and hardening work.'),
  (7, 'Data', 'Metrics, pipelines and the questions they answer.'),
  (8, 'Culture', 'Hiring, onboarding and working well together.');

INSERT INTO users (id, first_name, last_name, email, role, birthday) VALUES
  (1, 'Ada', 'Lovelace', 'ada.lovelace@example.com', 'admin', '1970-01-10'),
  (2, 'Grace', 'Hopper', 'grace.hopper@example.com', 'editor', '1972-02-11'),
  (3, 'Alan', 'Turing', 'alan.turing@example.com', 'author', '1974-03-12'),
  (4, 'Linus', 'Torvalds', 'linus.torvalds@example.com', 'admin', '1976-04-13'),
  (5, 'Margaret', 'Hamilton', 'margaret.hamilton@example.com', 'editor', '1978-05-14'),
  (6, 'Dennis', 'Ritchie', 'dennis.ritchie@example.com', 'author', '1980-06-15'),
  (7, 'Barbara', 'Liskov', 'barbara.liskov@example.com', 'admin', '1982-07-16'),
  (8, 'Ken', 'Thompson', 'ken.thompson@example.com', 'editor', '1984-08-17'),
  (9, 'Frances', 'Allen', 'frances.allen@example.com', 'author', '1986-09-18'),
  (10, 'Edsger', 'Dijkstra', 'edsger.dijkstra@example.com', 'admin', '1988-01-19'),
  (11, 'Radia', 'Perlman', 'radia.perlman@example.com', 'editor', '1990-02-10'),
  (12, 'Donald', 'Knuth', 'donald.knuth@example.com', 'author', '1992-03-11');

INSERT INTO posts (id, title, content, status, category_id, user_id, created_at) VALUES
  (1, 'Rethinking the billing pipeline: lessons from the first year', 'We started with a simple question: the old approach no longer matched how people actually worked. This post walks through the decisions, the trade-offs and the follow-ups.', 'published', 1, 1, '2025-01-01T09:00:00.000Z'),
  (2, 'Debugging the data warehouse: notes from the team', 'Over the last quarter, the hardest part was agreeing on what done means. We share the checklist we now use, and where it still falls short.', 'published', 4, 6, '2025-08-12T09:13:00.000Z'),
  (3, 'Designing dark mode: at a small scale', 'After a long discussion, every change shipped behind a flag first. The result is slower to describe than to use, which is a good sign.', 'published', 7, 11, '2025-03-23T09:26:00.000Z'),
  (4, 'Scaling the mobile release train: one week at a time', 'Looking back at the numbers, clear ownership mattered more than any tool. Next quarter we will revisit it with fresh data.', 'draft', 2, 4, '2025-10-06T09:39:00.000Z'),
  (5, 'Documenting quarterly planning: a practical guide', 'When the team grew, we chose the option that was easiest to undo. If you are facing the same problem, start small and measure.', 'rejected', 5, 9, '2025-05-17T09:52:00.000Z'),
  (6, 'Securing the partner program: without the drama', 'Early on, most of the effort went into small, unglamorous fixes. Comments and corrections are welcome in the usual channel.', 'published', 8, 2, '2025-12-28T09:05:00.000Z'),
  (7, 'Shipping customer interviews: the boring way', 'We started with a simple question: the old approach no longer matched how people actually worked. This post walks through the decisions, the trade-offs and the follow-ups.', 'published', 3, 7, '2025-07-11T09:18:00.000Z'),
  (8, 'Automating accessibility audits: what we got wrong', 'Over the last quarter, the hardest part was agreeing on what done means. We share the checklist we now use, and where it still falls short.', 'published', 6, 12, '2025-02-22T09:31:00.000Z'),
  (9, 'Planning search relevance: in five steps', 'After a long discussion, every change shipped behind a flag first. The result is slower to describe than to use, which is a good sign.', 'draft', 1, 5, '2025-09-05T09:44:00.000Z'),
  (10, 'Measuring API versioning: before it breaks', 'Looking back at the numbers, clear ownership mattered more than any tool. Next quarter we will revisit it with fresh data.', 'rejected', 4, 10, '2025-04-16T09:57:00.000Z'),
  (11, 'Testing cache invalidation: lessons from the first year', 'When the team grew, we chose the option that was easiest to undo. If you are facing the same problem, start small and measure.', 'published', 7, 3, '2025-11-27T09:10:00.000Z'),
  (12, 'Reviewing the design system: notes from the team', 'Early on, most of the effort went into small, unglamorous fixes. Comments and corrections are welcome in the usual channel.', 'published', 2, 8, '2025-06-10T09:23:00.000Z'),
  (13, 'Simplifying the support inbox: at a small scale', 'We started with a simple question: the old approach no longer matched how people actually worked. This post walks through the decisions, the trade-offs and the follow-ups.', 'published', 5, 1, '2025-01-21T09:36:00.000Z'),
  (14, 'Migrating our onboarding flow: one week at a time', 'Over the last quarter, the hardest part was agreeing on what done means. We share the checklist we now use, and where it still falls short.', 'draft', 8, 6, '2025-08-04T09:49:00.000Z'),
  (15, 'Rethinking feature flags: a practical guide', 'After a long discussion, every change shipped behind a flag first. The result is slower to describe than to use, which is a good sign.', 'rejected', 3, 11, '2025-03-15T09:02:00.000Z'),
  (16, 'Debugging the staging environment: without the drama', 'Looking back at the numbers, clear ownership mattered more than any tool. Next quarter we will revisit it with fresh data.', 'published', 6, 4, '2025-10-26T09:15:00.000Z'),
  (17, 'Designing incident response: the boring way', 'When the team grew, we chose the option that was easiest to undo. If you are facing the same problem, start small and measure.', 'published', 1, 9, '2025-05-09T09:28:00.000Z'),
  (18, 'Scaling error budgets: what we got wrong', 'Early on, most of the effort went into small, unglamorous fixes. Comments and corrections are welcome in the usual channel.', 'published', 4, 2, '2025-12-20T09:41:00.000Z'),
  (19, 'Documenting the billing pipeline: in five steps', 'We started with a simple question: the old approach no longer matched how people actually worked. This post walks through the decisions, the trade-offs and the follow-ups.', 'draft', 7, 7, '2025-07-03T09:54:00.000Z'),
  (20, 'Securing the data warehouse: before it breaks', 'Over the last quarter, the hardest part was agreeing on what done means. We share the checklist we now use, and where it still falls short.', 'rejected', 2, 12, '2025-02-14T09:07:00.000Z'),
  (21, 'Shipping dark mode: lessons from the first year', 'After a long discussion, every change shipped behind a flag first. The result is slower to describe than to use, which is a good sign.', 'published', 5, 5, '2025-09-25T09:20:00.000Z'),
  (22, 'Automating the mobile release train: notes from the team', 'Looking back at the numbers, clear ownership mattered more than any tool. Next quarter we will revisit it with fresh data.', 'published', 8, 10, '2025-04-08T09:33:00.000Z'),
  (23, 'Planning quarterly planning: at a small scale', 'When the team grew, we chose the option that was easiest to undo. If you are facing the same problem, start small and measure.', 'published', 3, 3, '2025-11-19T09:46:00.000Z'),
  (24, 'Measuring the partner program: one week at a time', 'Early on, most of the effort went into small, unglamorous fixes. Comments and corrections are welcome in the usual channel.', 'draft', 6, 8, '2025-06-02T09:59:00.000Z'),
  (25, 'Testing customer interviews: a practical guide', 'We started with a simple question: the old approach no longer matched how people actually worked. This post walks through the decisions, the trade-offs and the follow-ups.', 'rejected', 1, 1, '2025-01-13T09:12:00.000Z'),
  (26, 'Reviewing accessibility audits: without the drama', 'Over the last quarter, the hardest part was agreeing on what done means. We share the checklist we now use, and where it still falls short.', 'published', 4, 6, '2025-08-24T09:25:00.000Z'),
  (27, 'Simplifying search relevance: the boring way', 'After a long discussion, every change shipped behind a flag first. The result is slower to describe than to use, which is a good sign.', 'published', 7, 11, '2025-03-07T09:38:00.000Z'),
  (28, 'Migrating API versioning: what we got wrong', 'Looking back at the numbers, clear ownership mattered more than any tool. Next quarter we will revisit it with fresh data.', 'published', 2, 4, '2025-10-18T09:51:00.000Z'),
  (29, 'Rethinking cache invalidation: in five steps', 'When the team grew, we chose the option that was easiest to undo. If you are facing the same problem, start small and measure.', 'draft', 5, 9, '2025-05-01T09:04:00.000Z'),
  (30, 'Debugging the design system: before it breaks', 'Early on, most of the effort went into small, unglamorous fixes. Comments and corrections are welcome in the usual channel.', 'rejected', 8, 2, '2025-12-12T09:17:00.000Z'),
  (31, 'Designing the support inbox: lessons from the first year', 'We started with a simple question: the old approach no longer matched how people actually worked. This post walks through the decisions, the trade-offs and the follow-ups.', 'published', 3, 7, '2025-07-23T09:30:00.000Z'),
  (32, 'Scaling our onboarding flow: notes from the team', 'Over the last quarter, the hardest part was agreeing on what done means. We share the checklist we now use, and where it still falls short.', 'published', 6, 12, '2025-02-06T09:43:00.000Z'),
  (33, 'Documenting feature flags: at a small scale', 'After a long discussion, every change shipped behind a flag first. The result is slower to describe than to use, which is a good sign.', 'published', 1, 5, '2025-09-17T09:56:00.000Z'),
  (34, 'Securing the staging environment: one week at a time', 'Looking back at the numbers, clear ownership mattered more than any tool. Next quarter we will revisit it with fresh data.', 'draft', 4, 10, '2025-04-28T09:09:00.000Z'),
  (35, 'Shipping incident response: a practical guide', 'When the team grew, we chose the option that was easiest to undo. If you are facing the same problem, start small and measure.', 'rejected', 7, 3, '2025-11-11T09:22:00.000Z'),
  (36, 'Automating error budgets: without the drama', 'Early on, most of the effort went into small, unglamorous fixes. Comments and corrections are welcome in the usual channel.', 'published', 2, 8, '2025-06-22T09:35:00.000Z'),
  (37, 'Planning the billing pipeline: the boring way', 'We started with a simple question: the old approach no longer matched how people actually worked. This post walks through the decisions, the trade-offs and the follow-ups.', 'published', 5, 1, '2025-01-05T09:48:00.000Z'),
  (38, 'Measuring the data warehouse: what we got wrong', 'Over the last quarter, the hardest part was agreeing on what done means. We share the checklist we now use, and where it still falls short.', 'published', 8, 6, '2025-08-16T09:01:00.000Z'),
  (39, 'Testing dark mode: in five steps', 'After a long discussion, every change shipped behind a flag first. The result is slower to describe than to use, which is a good sign.', 'draft', 3, 11, '2025-03-27T09:14:00.000Z'),
  (40, 'Reviewing the mobile release train: before it breaks', 'Looking back at the numbers, clear ownership mattered more than any tool. Next quarter we will revisit it with fresh data.', 'rejected', 6, 4, '2025-10-10T09:27:00.000Z'),
  (41, 'Simplifying quarterly planning: lessons from the first year', 'When the team grew, we chose the option that was easiest to undo. If you are facing the same problem, start small and measure.', 'published', 1, 9, '2025-05-21T09:40:00.000Z'),
  (42, 'Migrating the partner program: notes from the team', 'Early on, most of the effort went into small, unglamorous fixes. Comments and corrections are welcome in the usual channel.', 'published', 4, 2, '2025-12-04T09:53:00.000Z'),
  (43, 'Rethinking customer interviews: at a small scale', 'We started with a simple question: the old approach no longer matched how people actually worked. This post walks through the decisions, the trade-offs and the follow-ups.', 'published', 7, 7, '2025-07-15T09:06:00.000Z'),
  (44, 'Debugging accessibility audits: one week at a time', 'Over the last quarter, the hardest part was agreeing on what done means. We share the checklist we now use, and where it still falls short.', 'draft', 2, 12, '2025-02-26T09:19:00.000Z'),
  (45, 'Designing search relevance: a practical guide', 'After a long discussion, every change shipped behind a flag first. The result is slower to describe than to use, which is a good sign.', 'rejected', 5, 5, '2025-09-09T09:32:00.000Z'),
  (46, 'Scaling API versioning: without the drama', 'Looking back at the numbers, clear ownership mattered more than any tool. Next quarter we will revisit it with fresh data.', 'published', 8, 10, '2025-04-20T09:45:00.000Z'),
  (47, 'Documenting cache invalidation: the boring way', 'When the team grew, we chose the option that was easiest to undo. If you are facing the same problem, start small and measure.', 'published', 3, 3, '2025-11-03T09:58:00.000Z'),
  (48, 'Securing the design system: what we got wrong', 'Early on, most of the effort went into small, unglamorous fixes. Comments and corrections are welcome in the usual channel.', 'published', 6, 8, '2025-06-14T09:11:00.000Z'),
  (49, 'Shipping the support inbox: in five steps', 'We started with a simple question: the old approach no longer matched how people actually worked. This post walks through the decisions, the trade-offs and the follow-ups.', 'draft', 1, 1, '2025-01-25T09:24:00.000Z'),
  (50, 'Automating our onboarding flow: before it breaks', 'Over the last quarter, the hardest part was agreeing on what done means. We share the checklist we now use, and where it still falls short.', 'rejected', 4, 6, '2025-08-08T09:37:00.000Z'),
  (51, 'Planning feature flags: lessons from the first year', 'After a long discussion, every change shipped behind a flag first. The result is slower to describe than to use, which is a good sign.', 'published', 7, 11, '2025-03-19T09:50:00.000Z'),
  (52, 'Measuring the staging environment: notes from the team', 'Looking back at the numbers, clear ownership mattered more than any tool. Next quarter we will revisit it with fresh data.', 'published', 2, 4, '2025-10-02T09:03:00.000Z'),
  (53, 'Testing incident response: at a small scale', 'When the team grew, we chose the option that was easiest to undo. If you are facing the same problem, start small and measure.', 'published', 5, 9, '2025-05-13T09:16:00.000Z'),
  (54, 'Reviewing error budgets: one week at a time', 'Early on, most of the effort went into small, unglamorous fixes. Comments and corrections are welcome in the usual channel.', 'draft', 8, 2, '2025-12-24T09:29:00.000Z'),
  (55, 'Simplifying the billing pipeline: a practical guide', 'We started with a simple question: the old approach no longer matched how people actually worked. This post walks through the decisions, the trade-offs and the follow-ups.', 'rejected', 3, 7, '2025-07-07T09:42:00.000Z'),
  (56, 'Migrating the data warehouse: without the drama', 'Over the last quarter, the hardest part was agreeing on what done means. We share the checklist we now use, and where it still falls short.', 'published', 6, 12, '2025-02-18T09:55:00.000Z'),
  (57, 'Rethinking dark mode: the boring way', 'After a long discussion, every change shipped behind a flag first. The result is slower to describe than to use, which is a good sign.', 'published', 1, 5, '2025-09-01T09:08:00.000Z'),
  (58, 'Debugging the mobile release train: what we got wrong', 'Looking back at the numbers, clear ownership mattered more than any tool. Next quarter we will revisit it with fresh data.', 'published', 4, 10, '2025-04-12T09:21:00.000Z'),
  (59, 'Designing quarterly planning: in five steps', 'When the team grew, we chose the option that was easiest to undo. If you are facing the same problem, start small and measure.', 'draft', 7, 3, '2025-11-23T09:34:00.000Z'),
  (60, 'Scaling the partner program: before it breaks', 'Early on, most of the effort went into small, unglamorous fixes. Comments and corrections are welcome in the usual channel.', 'rejected', 2, 8, '2025-06-06T09:47:00.000Z');

-- New rows continue after the seeded ids.
SELECT setval(pg_get_serial_sequence('categories', 'id'), (SELECT max(id) FROM categories));
SELECT setval(pg_get_serial_sequence('users', 'id'), (SELECT max(id) FROM users));
SELECT setval(pg_get_serial_sequence('posts', 'id'), (SELECT max(id) FROM posts));
