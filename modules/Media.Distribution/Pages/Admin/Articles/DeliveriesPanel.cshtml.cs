using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Distribution.Pages.Admin.Articles;

/// <summary>The deliveries panel alone, which the article page re-fetches while deliveries are under way.</summary>
[Authorize(Policy = nameof(DistributionPermissions.ViewChannels))]
public sealed class DeliveriesPanelModel : PageModel
{
    public Guid Id { get; private set; }

    public void OnGet(Guid id)
    {
        Id = id;
        Response.Headers.CacheControl = "no-store";
    }
}
