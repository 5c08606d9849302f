using Media.Abstractions.Content;
using Media.Review.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Review.Pages.Admin.Review;

/// <summary>The review inbox: what waits at a stage the signed-in user may decide, oldest first, with how long it
/// has waited; and the user's own pieces that came back.</summary>
[Authorize]
public sealed class IndexModel(ReviewInbox inbox, IArticleLifecycle articles) : PageModel
{
    public IReadOnlyList<InboxItem> Waiting { get; private set; } = [];

    public IReadOnlyList<ArticleState> SentBack { get; private set; } = [];

    public Guid? Decided { get; private set; }

    /// <summary>The piece just decided, when that decision signed it off (已签发) and the viewer may publish it: the
    /// page offers 去发布 at once.</summary>
    public ArticleState? ReadyToPublish { get; private set; }

    public async Task OnGetAsync(Guid? decided, CancellationToken ct)
    {
        Decided = decided;
        if (decided is { } id && await articles.FindAsync(id, ct) is { ViewerMaySee: true } article
            && articles.Check(article, ArticleOperation.Publish) is null)
            ReadyToPublish = article;
        Waiting = await inbox.WaitingAsync(ct);
        SentBack = await inbox.SentBackAsync(ct);
    }
}
