using System.Net;
using System.Net.Http.Json;
using Media.Testing;

namespace Media.Users.Tests.Integration;

/// <summary>Sign-in attempts are rate limited per user name (API and admin form) and per source address.</summary>
public abstract class SignInRateLimitTests(SignInLimitApp app)
{
    protected static string NewName() => "rl" + Guid.NewGuid().ToString("N")[..10];

    protected async Task AssertLimitedAsync(HttpResponseMessage response)
    {
        var problem = await MediaClient.ExpectAsync(response, 429);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("/too-many-requests", problem.GetProperty("type").GetString());
        Assert.Contains("请", problem.GetProperty("detail").GetString());
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After: {response.Headers.RetryAfter}");
    }

    protected Task<HttpResponseMessage> LoginAsync(HttpClient http, string userName, string password = "wrong-password") =>
        http.PostAsJsonAsync("/api/auth/login", new { userName, password });

    protected SignInLimitApp App => app;
}

public abstract class UserNameLimitTests(SignInLimitApp app) : SignInRateLimitTests(app)
{
    [Fact]
    public async Task Login_Returns429WithRetryAfter_WhenOneUserNameIsTriedTooOften_EvenWithTheRightPassword()
    {
        var userName = NewName();
        await (await App.AdminAsync()).PostJsonAsync("/api/users",
            new { userName, displayName = "限速测试", password = Newsroom.Password, roles = new[] { "Reporter" } }, 201);
        var http = App.CreateClient();

        for (var i = 0; i < App.PerUserName; i++)
            await MediaClient.ExpectAsync(await LoginAsync(http, userName), 401);

        await AssertLimitedAsync(await LoginAsync(http, userName.ToUpperInvariant(), Newsroom.Password));
        await MediaClient.ExpectAsync(await LoginAsync(http, "other" + userName), 401); // other names are not held up
    }

    [Fact]
    public async Task SignInPage_Returns429WithReadableMessage_WhenOneUserNameIsTriedTooOften()
    {
        var userName = NewName();
        var session = new AdminSession(AdminSession.CookieClient(App));
        var (_, token) = await session.OpenFormAsync("/admin/signin");

        for (var i = 0; i < App.PerUserName; i++)
        {
            var refused = await session.PostFormAsync("/admin/signin", token, ("userName", userName), ("password", "wrong-password"));
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }
        var limited = await session.PostFormAsync("/admin/signin", token, ("userName", userName), ("password", "wrong-password"));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("登录尝试过于频繁", await AdminSession.ReadPageAsync(limited));
    }
}

public abstract class AddressLimitTests(SignInLimitApp app) : SignInRateLimitTests(app)
{
    [Fact]
    public async Task Login_Returns429WithRetryAfter_WhenOneAddressTriesTooOften_WhateverTheUserName()
    {
        var http = App.CreateClient();

        for (var i = 0; i < App.PerAddress; i++)
            await MediaClient.ExpectAsync(await LoginAsync(http, NewName()), 401);

        await AssertLimitedAsync(await LoginAsync(http, NewName()));
    }
}

public sealed class UserNameLimitTestsOnSqlite(SqliteUserNameLimitApp app) : UserNameLimitTests(app), IClassFixture<SqliteUserNameLimitApp>;

public sealed class UserNameLimitTestsOnPostgreSql(PostgresUserNameLimitApp app) : UserNameLimitTests(app), IClassFixture<PostgresUserNameLimitApp>;

public sealed class AddressLimitTestsOnSqlite(SqliteAddressLimitApp app) : AddressLimitTests(app), IClassFixture<SqliteAddressLimitApp>;

public sealed class AddressLimitTestsOnPostgreSql(PostgresAddressLimitApp app) : AddressLimitTests(app), IClassFixture<PostgresAddressLimitApp>;
