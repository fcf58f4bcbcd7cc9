import { listParamsFromUrl } from "@/lib/list-params";
import { serverData } from "@/server/data";
import type { ICategory, IPost, IUser } from "@/types";

/*
 * First data of each page, loaded on the server through the same data
 * provider the browser uses, then handed to the page's hooks as initialData.
 * Both routings (one file per page, or pages/[[...refine]].tsx) call these.
 */

export async function loadPostList(url: string) {
  const params = listParamsFromUrl(url);
  const [posts, categories] = await Promise.all([
    serverData().getList<IPost>({ resource: "posts", ...params }),
    serverData().getList<ICategory>({ resource: "categories", pagination: { mode: "off" } }),
  ]);
  return { initial: { params, data: posts }, categories };
}

export async function loadPostShow(id: string) {
  const post = await serverData().getOne<IPost>({ resource: "posts", id });
  const category = await serverData().getOne<ICategory>({ resource: "categories", id: post.data.categoryId });
  return { initial: post, category };
}

export async function loadCategoryList(url: string) {
  const params = listParamsFromUrl(url);
  const categories = await serverData().getList<ICategory>({ resource: "categories", ...params });
  return { initial: { params, data: categories } };
}

export async function loadCategoryShow(id: string) {
  return { initial: await serverData().getOne<ICategory>({ resource: "categories", id }) };
}

export async function loadUserList(url: string) {
  const params = listParamsFromUrl(url);
  const users = await serverData().getList<IUser>({ resource: "users", ...params });
  return { initial: { params, data: users } };
}

export async function loadUserShow(id: string) {
  return { initial: await serverData().getOne<IUser>({ resource: "users", id }) };
}
