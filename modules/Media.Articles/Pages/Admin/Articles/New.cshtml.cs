using Media.Abstractions.Content;
using Media.Articles.Content;
using Media.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Media.Articles.Pages.Admin.Articles;

[Authorize(Policy = nameof(ArticlesPermissions.CreateArticles))]
public sealed class NewModel(ArticleDesk desk, MediaDbContext db, IMediaFiles media) : EditorPageModel(db, media)
{
    public async Task OnGetAsync(CancellationToken ct) => await LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await CheckCoverAsync(ct);
        if (ModelState.IsValid)
        {
            var result = await desk.CreateAsync(Form.ToInput(), ct);
            if (result.Saved) return Redirect($"/admin/articles/{result.Article!.Id}?saved={result.Version!.Version}");
            if (!IsFieldProblem(result.Outcome)) throw new InvalidOperationException($"Unexpected outcome {result.Outcome} of a create.");
            ShowFieldErrors(result);
        }
        await LoadChoicesAsync(ct);
        return Page();
    }
}
