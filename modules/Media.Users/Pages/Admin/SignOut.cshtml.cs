using Media.Abstractions.Security;
using Media.Users.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Users.Pages.Admin;

/// <summary>Open to anyone (docs/accounts.md §11): signing out of an expired session still ends at the sign-in page.</summary>
[AllowAnonymous]
[AllowedWhilePasswordChangeRequired]
public sealed class SignOutModel(ICurrentUser user) : PageModel
{
    public void OnGet()
    {
    }

    /// <summary>Ends the cookie's server-side session as well (docs/accounts.md §10), so a copied cookie stops working.</summary>
    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
            await HttpContext.RequestServices.GetRequiredService<SessionBook>().EndAsync(user.Id, user.DisplayName, User.FindFirst(MediaClaimTypes.SessionId)?.Value, HttpContext.RequestAborted);
        await HttpContext.SignOutAsync(MediaAuthSchemes.Cookie);
        return LocalRedirect("/admin/signin");
    }
}
