using Media.Abstractions.Time;
using Media.Users.Security;
using Media.Users.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Users.Pages.Admin;

[AllowAnonymous]
[SignInAttempt]
public sealed class SignInModel : PageModel
{
    public string? Error { get; private set; }

    public string? UserName { get; private set; }

    public string ReturnUrl { get; private set; } = "/admin";

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl,
        [FromServices] CredentialCheck credentials, CancellationToken ct)
    {
        UserName = userName;
        ReturnUrl = SafeReturn(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > 64 || password.Length > 256)
        {
            Error = "请输入用户名和密码。Enter your user name and password.";
            return Page();
        }
        var outcome = await credentials.CheckAsync(userName, password, otp: null, ct);
        if (outcome.Status == SignInStatus.LockedOut)
        {
            Error = $"登录失败次数过多，账户已锁定至北京时间 {ChinaTime.Short(outcome.LockedUntil!.Value)}。Too many failed sign-ins; the account is locked.";
            return Page();
        }
        if (outcome.Status != SignInStatus.Succeeded)
        {
            Error = "用户名或密码错误。The user name or password is wrong.";
            return Page();
        }
        await HttpContext.SignInAsync(MediaAuthSchemes.Cookie, UserSessions.CreatePrincipal(outcome.User!, MediaAuthSchemes.Cookie,
            AccessTokenFormat.NewSessionId(), HttpContext.RequestServices.GetRequiredService<UserSessions>().PasswordChangeRequired(outcome.User!)));
        return LocalRedirect(ReturnUrl);
    }

    private string SafeReturn(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin";
}
