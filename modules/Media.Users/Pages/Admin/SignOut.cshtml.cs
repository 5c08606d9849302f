using Media.Users.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Users.Pages.Admin;

[AllowedWhilePasswordChangeRequired]
public sealed class SignOutModel : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(MediaAuthSchemes.Cookie);
        return LocalRedirect("/admin/signin");
    }
}
