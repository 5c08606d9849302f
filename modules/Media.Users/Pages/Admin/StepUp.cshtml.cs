using Media.Users.Security;
using Media.Users.SignIn;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Users.Pages.Admin;

/// <summary>确认身份: the page form of <c>POST /api/auth/step-up</c> (docs/accounts.md §9). An admin page whose action
/// needs a fresh second-factor proof links here; the same code check, counting and session record, then back.</summary>
[Authorize]
public sealed class StepUpModel(CredentialCheck credentials) : PageModel
{
    public string ReturnUrl { get; private set; } = "/admin";

    public string? Error { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = Safe(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? otp, string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = Safe(returnUrl);
        var identity = UserSessions.Identify(User);
        if (identity is null) return Challenge();
        if (string.IsNullOrWhiteSpace(otp) || otp.Length > 32) return Fail("请输入 6 位动态码或一个恢复码。");
        var outcome = await credentials.CheckCodeAsync(identity.Value.UserId, identity.Value.Stamp, otp.Trim(), ct);
        switch (outcome.Status)
        {
            case SignInStatus.Succeeded:
                await HttpContext.RequestServices.GetRequiredService<SessionBook>().SteppedUpAsync(identity.Value.UserId, identity.Value.SessionId, ct);
                return LocalRedirect(ReturnUrl);
            case SignInStatus.LockedOut:
                return Fail("失败次数过多，账户已暂时锁定。");
            default:
                return Fail("动态码错误或已使用过，请输入身份验证器当前显示的动态码。");
        }
    }

    private PageResult Fail(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Page();
    }

    private string Safe(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin";
}
