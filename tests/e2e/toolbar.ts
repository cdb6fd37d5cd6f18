import type { Page } from '@playwright/test';

/** The top bar's More menu (ToolbarMenu.tsx), in either language. */
export function moreButton(page: Page) {
  return page.getByRole('toolbar', { name: /^(Main toolbar|شريط الأدوات الرئيسي)$/ }).getByRole('button', { name: /^(More|المزيد)/ });
}

/** Runs an action of the More menu with the mouse, as a journalist would: the menu opens, the item is clicked. */
export async function chooseFromMore(page: Page, item: string): Promise<void> {
  await moreButton(page).click();
  await page.getByRole('menu').getByRole('menuitem', { name: item, exact: true }).click();
}
