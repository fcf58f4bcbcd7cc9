import "reflect-metadata";
import { readFileSync } from "node:fs";
import { ApolloDriver, type ApolloDriverConfig } from "@nestjs/apollo";
import { Controller, Inject, Injectable, Module } from "@nestjs/common";
import { NestFactory } from "@nestjs/core";
import type { NestExpressApplication } from "@nestjs/platform-express";
import { GraphQLModule } from "@nestjs/graphql";
import { InjectRepository, TypeOrmModule } from "@nestjs/typeorm";
import { Crud, type CrudController } from "@dataui/crud";
import { TypeOrmCrudService } from "@dataui/crud-typeorm";
import { NestjsQueryGraphQLModule, PagingStrategies } from "@ptc-org/nestjs-query-graphql";
import { NestjsQueryTypeOrmModule } from "@ptc-org/nestjs-query-typeorm";
import { DataSource, type Repository } from "typeorm";
import { Category, Post, PostInput, User } from "./entities";

/*
 * A test backend standing in for the user's own NestJS server: posts, categories
 * and users in an in-memory SQLite database (sql.js), seeded from SEED_FILE (the
 * template's mock/seed.json), served both
 *   - as GraphQL at /graphql by nestjs-query (offset paging, total counts), and
 *   - as REST at /posts, /categories, /users by @dataui/crud (nestjsx-crud's fork).
 * Listens on 127.0.0.1:PORT.
 */

const ENTITIES = [Post, Category, User] as const;

const graphqlResolvers = ENTITIES.map((DTOClass) => ({
  DTOClass,
  EntityClass: DTOClass,
  pagingStrategy: PagingStrategies.OFFSET,
  enableTotalCount: true,
  ...(DTOClass === Post ? { CreateDTOClass: PostInput, UpdateDTOClass: PostInput } : {}),
  // refine asks for "all" (pagination off) as limit 2^31-1: no upper bound here.
  read: { maxResultsSize: -1, defaultResultSize: 100 },
}));

@Injectable()
class PostService extends TypeOrmCrudService<Post> {
  constructor(@InjectRepository(Post) repo: Repository<Post>) {
    super(repo);
  }
}

@Injectable()
class CategoryService extends TypeOrmCrudService<Category> {
  constructor(@InjectRepository(Category) repo: Repository<Category>) {
    super(repo);
  }
}

@Injectable()
class UserService extends TypeOrmCrudService<User> {
  constructor(@InjectRepository(User) repo: Repository<User>) {
    super(repo);
  }
}

@Crud({ model: { type: Post }, validation: false })
@Controller("posts")
class PostController implements CrudController<Post> {
  constructor(@Inject(PostService) public service: PostService) {}
}

@Crud({ model: { type: Category }, validation: false })
@Controller("categories")
class CategoryController implements CrudController<Category> {
  constructor(@Inject(CategoryService) public service: CategoryService) {}
}

@Crud({ model: { type: User }, validation: false })
@Controller("users")
class UserController implements CrudController<User> {
  constructor(@Inject(UserService) public service: UserService) {}
}

@Module({
  imports: [
    TypeOrmModule.forRoot({ type: "sqljs", entities: [...ENTITIES], synchronize: true, logging: false }),
    TypeOrmModule.forFeature([...ENTITIES]),
    GraphQLModule.forRoot<ApolloDriverConfig>({
      driver: ApolloDriver,
      autoSchemaFile: true,
      playground: false,
    }),
    NestjsQueryGraphQLModule.forFeature({
      imports: [NestjsQueryTypeOrmModule.forFeature([...ENTITIES])],
      resolvers: graphqlResolvers,
    }),
  ],
  controllers: [PostController, CategoryController, UserController],
  providers: [PostService, CategoryService, UserService],
})
class AppModule {}

async function seed(dataSource: DataSource, file: string): Promise<void> {
  const data = JSON.parse(readFileSync(file, "utf8")) as Record<"posts" | "categories" | "users", object[]>;
  await dataSource.getRepository(Category).insert(data.categories);
  await dataSource.getRepository(User).insert(data.users);
  await dataSource.getRepository(Post).insert(data.posts);
}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { logger: ["error", "warn"] });
  // nestjsx-crud sends `sort[0]=title,ASC&filter[0]=…`: Express 5 (Nest 11) parses arrays only with qs.
  app.set("query parser", "extended");
  const seedFile = process.env.SEED_FILE;
  if (seedFile) await seed(app.get(DataSource), seedFile);
  const port = Number(process.env.PORT ?? 3100);
  await app.listen(port, "127.0.0.1");
  console.log(`nestjs fixture listening on http://127.0.0.1:${port} (GraphQL at /graphql)`);
}

void main();
