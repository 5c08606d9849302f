using System.Net.Http.Headers;
using System.Net.Http.Json;
using Media.Data;
using Media.Users.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Media.Testing;

/// <summary>A user who enrolled and confirmed TOTP through the API (docs/accounts.md §7), with the codes an
/// authenticator app would show, computed with Otp.NET from the secret the enrolment returned. <see cref="Client"/>
/// signed in before the enrolment, so its session holds no second-factor proof.</summary>
public sealed record TotpAccount(string UserName, MediaClient Client, byte[] Secret, IReadOnlyList<string> RecoveryCodes)
{
    /// <summary>Creates a user with the roles and enrols them.</summary>
    public static async Task<TotpAccount> NewAsync(MediaAppFactory app, Newsroom newsroom, params string[] roles)
    {
        var userName = "t" + Guid.NewGuid().ToString("N")[..12];
        await (await newsroom.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = $"动态码 {string.Join('/', roles)}", password = Newsroom.Password, roles }, 201);
        return await EnrolAsync(app, userName);
    }

    /// <summary>Enrols an existing user (password <see cref="Newsroom.Password"/>), e.g. one already signed in to the pages.</summary>
    public static async Task<TotpAccount> EnrolAsync(MediaAppFactory app, string userName)
    {
        var client = await app.SignInAsync(userName, Newsroom.Password);
        var enrolment = await client.PostJsonAsync("/api/me/totp", new { }, 200);
        var secret = Base32Encoding.ToBytes(enrolment.GetProperty("secret").GetString()!);
        var account = new TotpAccount(userName, client, secret, []);
        var confirmed = await client.PostJsonAsync("/api/me/totp/confirm", new { code = account.Code(app) }, 200);
        return account with { RecoveryCodes = confirmed.GetProperty("recoveryCodes").EnumerateArray().Select(c => c.GetString()!).ToList() };
    }

    /// <summary>The code of the current step by the app's clock, or of <paramref name="stepsAhead"/> steps later.</summary>
    public string Code(MediaAppFactory app, int stepsAhead = 0) => Code(Secret, app, stepsAhead);

    public static string Code(byte[] secret, MediaAppFactory app, int stepsAhead = 0) =>
        new Totp(secret).ComputeTotp(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddSeconds(30 * stepsAhead));

    /// <summary>A new token from a sign-in with a code (the next step's: the confirmation used this one), which is a proof.</summary>
    public async Task<MediaClient> SignInWithCodeAsync(MediaAppFactory app)
    {
        var login = await MediaClient.ExpectAsync(await app.CreateClient().PostAsJsonAsync("/api/auth/login",
            new { userName = UserName, password = Newsroom.Password, otp = Code(app, stepsAhead: 1) }), 200);
        var http = app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.GetProperty("accessToken").GetString());
        return new MediaClient(http);
    }

    /// <summary>Moves the user's proofs back by <paramref name="age"/>, as the clock moving on would.</summary>
    public async Task AgeProofsAsync(MediaAppFactory app, TimeSpan age)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        var at = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow() - age;
        var id = await db.Set<MediaUser>().Where(u => u.UserName == UserName).Select(u => u.Id).SingleAsync();
        await db.Set<UserSession>().Where(s => s.UserId == id && s.SteppedUpAt != null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.SteppedUpAt, (DateTimeOffset?)at));
    }
}
