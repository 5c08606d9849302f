using Microsoft.Playwright;

namespace Media.Browser.Tests;

/// <summary>Steps through the admin pages the way a person does: by the visible form fields.</summary>
internal static class AdminPages
{
    public static async Task<IPage> OpenAsync(IBrowser browser, Uri root, int width, int height, bool phone = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = root.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            Locale = "zh-CN",
        });
        return await context.NewPageAsync();
    }

    /// <summary>Opens a protected page, is sent to the sign-in form, signs in and lands back on the page.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/admin/articles");
        await page.WaitForURLAsync("**/admin/signin?**");
        await page.FillAsync("input[name='userName']", userName);
        await page.FillAsync("input[name='password']", password);
        await page.ClickAsync("button[type='submit']");
        await page.WaitForURLAsync("**/admin/articles");
    }

    public static async Task FillArticleAsync(IPage page, string columnName, string title, string body)
    {
        await page.SelectOptionAsync("select[name='Form.ColumnId']", new SelectOptionValue { Label = columnName });
        await page.FillAsync("input[name='Form.Title']", title);
        await page.FillAsync("input[name='Form.Subtitle']", "城北生态林基地迎来两千名志愿者");
        await page.FillAsync("input[name='Form.Author']", "融媒体中心记者 李四");
        await page.FillAsync("input[name='Form.Source']", "县融媒体中心");
        await page.FillAsync("textarea[name='Form.Summary']", "全县今年计划植树造林2.3万亩。");
        await page.FillAsync("input[name='Form.Tags']", "植树、生态, 春季");
        await page.FillAsync("textarea[name='Form.Body']", body);
    }
}
