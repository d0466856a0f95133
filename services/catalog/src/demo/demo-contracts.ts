import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { DataSource } from 'typeorm';
import { newContractSchema } from '../contracts/contract.schema.js';
import { change, create, move } from '../contracts/contract.service.js';
import { agencyNamed, contractWithCig } from '../contracts/contract.store.js';
import { addRevision, putItems } from '../prices/price-list.service.js';

const demoFile = z.array(
  z.object({
    banditore: z.string(),
    contract: newContractSchema,
    priceList: z.array(
      z.object({
        code: z.string(),
        description: z.string(),
        unit: z.string(),
        unitPriceCents: z.number().int(),
      }),
    ),
    revisions: z.array(
      z.object({
        effectiveFrom: z.string(),
        percentBasisPoints: z.number().int().optional(),
        note: z.string().optional(),
      }),
    ),
    /**
     * Later changes to the published contract (a proroga of its expiry), each a version of its own.
     */
    extensions: z
      .array(z.object({ expiryDate: z.string(), description: z.string().optional() }))
      .default([]),
  }),
);

const author = 'demo-world';

/**
 * Loads demo/contracts.json: each contract created, its price list and revisions entered, published
 * on its start date, then extended where the file says so. Contracts already present (by CIG) only
 * get the extensions they lack. Banditore agencies must be known to catalog already (identity's
 * events).
 */
export async function seedDemoContracts(dataSource: DataSource, path: string): Promise<number> {
  const entries = demoFile.parse(JSON.parse(await readFile(path, 'utf8')));
  let created = 0;
  for (const entry of entries) {
    await dataSource.transaction(async (manager) => {
      const agency = await agencyNamed(manager, entry.banditore);
      if (!agency)
        throw new Error(
          `demo contract ${entry.contract.cig}: agency ${entry.banditore} not known ` +
            `to catalog`,
        );
      const exists = await contractWithCig(manager, entry.contract.cig);
      if (exists) {
        // A demo world loaded before an extension was added to the file still gets it (a no-op once
        // applied).
        for (const extension of entry.extensions)
          await change(manager, exists, agency, extension, author);
        return;
      }
      const contract = await create(manager, agency, entry.contract, author);
      await putItems(manager, contract.id, agency, entry.priceList);
      for (const revision of entry.revisions)
        await addRevision(manager, contract.id, agency, revision, author);
      await move(manager, contract.id, agency, 'publish', author, {
        publishedAt: entry.contract.startDate,
      });
      for (const extension of entry.extensions)
        await change(manager, contract.id, agency, extension, author);
      created++;
    });
  }
  return created;
}
