using Media.Abstractions.Content;
using Media.Articles.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>The editor's live preview: unsaved fields rendered by the web channel's own renderer (Markdig, then
/// the allow-list sanitizer). A POST, so the page's antiforgery check applies; editor.js sends the token in the
/// RequestVerificationToken header, the antiforgery default.</summary>
[Authorize]
public sealed class PreviewModel(IEnumerable<IArticlePreview> previews) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync([FromBody] PreviewRequest? request, CancellationToken ct)
    {
        if (request is null) return BadRequest(new { error = "Send the editor's fields as JSON." });
        if (request.Body is { Length: > ArticleLimits.Body })
            return BadRequest(new { error = $"The body is longer than {ArticleLimits.Body} characters." });
        var web = previews.Single(p => p.Channel == "web");
        var source = new ArticlePreviewSource(Guid.Empty, 0, request.Title?.Trim() ?? "", Blank(request.Subtitle),
            Blank(request.Author), Blank(request.Source), Blank(request.Summary), request.Body ?? "", null, []);
        return new JsonResult(new { html = await web.RenderAsync(source, ct) });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
