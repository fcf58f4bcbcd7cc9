import { Field, ID, InputType, ObjectType } from "@nestjs/graphql";
import { FilterableField, IDField } from "@ptc-org/nestjs-query-graphql";
import { BeforeInsert, Column, Entity, PrimaryGeneratedColumn } from "typeorm";

/*
 * The three sample resources, each one class that is both the TypeORM entity and
 * the GraphQL type (nestjs-query allows that), with the field names the generated
 * app uses (src/types.ts). Every scalar field is filterable, so it is sortable too.
 */

@ObjectType("Category")
@Entity("categories")
export class Category {
  @IDField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @FilterableField(() => String)
  @Column("text")
  title: string;

  @FilterableField(() => String, { nullable: true })
  @Column("text", { nullable: true })
  description?: string;
}

@ObjectType("User")
@Entity("users")
export class User {
  @IDField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @FilterableField(() => String)
  @Column("text")
  firstName: string;

  @FilterableField(() => String)
  @Column("text")
  lastName: string;

  @FilterableField(() => String)
  @Column("text")
  email: string;

  @FilterableField(() => String)
  @Column("text")
  role: string;

  @FilterableField(() => String, { nullable: true })
  @Column("text", { nullable: true })
  birthday?: string;
}

@ObjectType("Post")
@Entity("posts")
export class Post {
  @IDField(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @FilterableField(() => String)
  @Column("text")
  title: string;

  @FilterableField(() => String)
  @Column("text", { default: "" })
  content: string;

  @FilterableField(() => String)
  @Column("text", { default: "draft" })
  status: string;

  // ID, not Int: the app's select sends the category's GraphQL id (a string) back.
  @FilterableField(() => ID)
  @Column("integer")
  categoryId: number;

  @FilterableField(() => ID, { nullable: true })
  @Column("integer", { nullable: true })
  userId?: number;

  @FilterableField(() => String)
  @Column("text")
  createdAt: string;

  @BeforeInsert()
  stamp(): void {
    this.createdAt ??= new Date().toISOString();
  }
}

/** What createOnePost / updateOnePost accept (the id is the server's; createdAt defaults to now). */
@InputType("PostInput")
export class PostInput {
  @Field(() => String, { nullable: true })
  title?: string;

  @Field(() => String, { nullable: true })
  content?: string;

  @Field(() => String, { nullable: true })
  status?: string;

  @Field(() => ID, { nullable: true })
  categoryId?: number;

  @Field(() => ID, { nullable: true })
  userId?: number;

  @Field(() => String, { nullable: true })
  createdAt?: string;
}
