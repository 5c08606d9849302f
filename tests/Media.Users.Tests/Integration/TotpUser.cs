using System.Net.Http.Json;
using Media.Abstractions.Security;
using Media.Testing;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Media.Users.Tests.Integration;

/// <summary>A new Reporter who has enrolled and confirmed TOTP through the API, with the codes an authenticator app
/// would show, computed from the secret the enrolment returned and the app's clock.</summary>
internal sealed record TotpUser(string UserName, Guid Id, MediaClient Client, byte[] Secret, IReadOnlyList<string> RecoveryCodes)
{
    public static async Task<TotpUser> EnrolAsync(MediaAppFactory app, Newsroom newsroom, params string[] roles)
    {
        var userName = "otp" + Guid.NewGuid().ToString("N")[..10];
        var created = await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "动态码测试", password = Newsroom.Password, roles = roles.Length > 0 ? roles : [MediaRoles.Reporter] }, 201);
        var client = await app.SignInAsync(userName, Newsroom.Password);
        var enrolment = await client.PostJsonAsync("/api/me/totp", new { }, 200);
        var secret = Base32Encoding.ToBytes(enrolment.GetProperty("secret").GetString()!);
        var user = new TotpUser(userName, created.GetProperty("id").GetGuid(), client, secret, []);
        var confirmed = await client.PostJsonAsync("/api/me/totp/confirm", new { code = user.Code(app) }, 200);
        return user with { RecoveryCodes = confirmed.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList() };
    }

    /// <summary>The code of the current step, or of <paramref name="stepsAhead"/> steps later (still accepted: one
    /// step either side, docs/accounts.md §7).</summary>
    public string Code(MediaAppFactory app, int stepsAhead = 0) =>
        new Totp(Secret).ComputeTotp(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddSeconds(30 * stepsAhead));

    /// <summary>Six digits that are none of the codes the window accepts now.</summary>
    public string WrongCode(MediaAppFactory app)
    {
        var valid = new[] { Code(app, -1), Code(app), Code(app, 1), Code(app, 2) };
        return Enumerable.Range(0, 10).Select(d => new string((char)('0' + d), 6)).First(c => !valid.Contains(c));
    }

    public Task<HttpResponseMessage> LoginAsync(MediaAppFactory app, string? otp, string password = Newsroom.Password) =>
        app.CreateClient().PostAsJsonAsync("/api/auth/login", new { userName = UserName, password, otp });
}
