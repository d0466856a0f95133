import type { DataSource } from 'typeorm';
import type { NoticeQuery } from './notice.schema.js';
import { noticePage } from './notice.store.js';

export async function listNotices(dataSource: DataSource, query: NoticeQuery) {
  return {
    items: await noticePage(dataSource.manager, query),
    page: query.page,
    pageSize: query.pageSize,
  };
}
