using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Distribution.Publishing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Distribution.Pages.Admin.Articles;

/// <summary>The deliveries panel's two buttons on a live piece: 重试 (a failed delivery) and 加发渠道 (one more channel).
/// <see cref="DeliveryDesk"/> decides, as for the API; this page says a refusal readably with the way back.</summary>
[Authorize(Policy = nameof(EditorialPermissions.PublishArticles))]
public sealed class DeliveriesModel(DeliveryDesk desk) : PageModel
{
    public Guid Id { get; private set; }

    /// <summary>What the desk refused, shown with <c>_Refusal</c> (docs/admin-ui.md §13).</summary>
    public Outcome Refused { get; private set; } = null!;

    public IActionResult OnGet(Guid id) => Redirect($"/admin/articles/{id}#article-deliveries");

    public async Task<IActionResult> OnPostRetryAsync(Guid id, Guid deliveryId, CancellationToken ct) =>
        Answer(id, "retried", (await desk.RetryAsync(id, deliveryId, ct)).Outcome);

    public async Task<IActionResult> OnPostAddAsync(Guid id, Guid? channelId, CancellationToken ct) =>
        Answer(id, "added", (await desk.AddChannelAsync(id, channelId, ct)).Outcome);

    private IActionResult Answer(Guid id, string done, Outcome outcome)
    {
        if (outcome.Succeeded) return Redirect($"/admin/articles/{id}?done={done}#article-deliveries");
        if (outcome.Kind == OutcomeKind.NotFound) return NotFound();
        Id = id;
        Refused = outcome;
        Response.StatusCode = outcome.StatusCode();
        return Page();
    }
}
