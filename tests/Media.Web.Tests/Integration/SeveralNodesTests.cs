using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Media.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Media.Web.Tests.Integration;

/// <summary>Two nodes of one site sharing a database and Redis (docs/operations.md §1.3): one key ring, one output
/// cache, one set of sign-in counters.</summary>
public abstract partial class SeveralNodesTests(MediaNodes nodes)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [Fact]
    public async Task BearerToken_FromOneNode_IsAcceptedByTheOther()
    {
        var admin = await MediaClient.SignInAsync(nodes.First.CreateClient(), "admin", MediaAppFactory.AdminPassword);
        var other = nodes.Second.CreateClient();
        other.DefaultRequestHeaders.Authorization = admin.Http.DefaultRequestHeaders.Authorization;

        using var response = await other.GetAsync("/api/users");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignInForm_FromOneNode_IsPostedToTheOther_AndItsCookieWorksOnTheFirst()
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false };
        using var first = nodes.First.CreateClient(options);
        using var second = nodes.Second.CreateClient(options);
        using var form = await first.GetAsync("/admin/signin");
        var token = AntiforgeryToken().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value;
        var antiforgeryCookie = Cookies(form);

        using var post = new HttpRequestMessage(HttpMethod.Post, "/admin/signin")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userName"] = "admin", ["password"] = MediaAppFactory.AdminPassword, ["__RequestVerificationToken"] = token,
            }),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await second.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var page = new HttpRequestMessage(HttpMethod.Get, "/admin/account");
        page.Headers.Add("Cookie", Cookies(signedIn));
        using var shown = await first.SendAsync(page);
        Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
    }

    [Fact]
    public async Task RetractedArticle_Answers410FromBothNodes_Within2s()
    {
        var newsroom = new Newsroom(nodes.First);
        var column = await newsroom.ColumnAsync();
        var (signed, leader) = await SignOffPath.SignedOffAsync(newsroom, column, "两台服务器上的稿件 " + Guid.NewGuid().ToString("N")[..6]);
        var id = signed.GetProperty("id").GetGuid();
        HttpClient[] readers = [nodes.First.CreateClient(), nodes.Second.CreateClient()];
        await leader.PostJsonAsync($"/api/articles/{id}/publish", new { channels = Array.Empty<Guid>() }, 202);
        foreach (var reader in readers) await WaitForAsync(reader, $"/articles/{id}", HttpStatusCode.OK);
        // Served from the shared cache from now on.
        foreach (var reader in readers) Assert.NotNull((await reader.GetAsync($"/articles/{id}")).Headers.Age);

        await leader.PostJsonAsync($"/api/articles/{id}/retract", new { reason = "核实中，暂时撤下" }, 202);

        foreach (var reader in readers) await WaitForAsync(reader, $"/articles/{id}", HttpStatusCode.Gone);
    }

    [Fact]
    public async Task SignInLimitPerUserName_CountsAttemptsOnBothNodes()
    {
        var userName = "nobody-" + Guid.NewGuid().ToString("N")[..8];
        var first = nodes.First.CreateClient();
        var second = nodes.Second.CreateClient();

        // The default limit is 10 attempts per user name and window: 5 on each node are allowed, the 11th is not.
        for (var i = 0; i < 10; i++)
        {
            using var attempt = await (i % 2 == 0 ? first : second).PostAsJsonAsync("/api/auth/login", new { userName, password = "wrong" });
            Assert.Equal(HttpStatusCode.Unauthorized, attempt.StatusCode);
        }
        using var refused = await first.PostAsJsonAsync("/api/auth/login", new { userName, password = "wrong" });
        using var refusedToo = await second.PostAsJsonAsync("/api/auth/login", new { userName, password = "wrong" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedToo.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    private static async Task WaitForAsync(HttpClient reader, string path, HttpStatusCode status)
    {
        var since = Stopwatch.StartNew();
        while (true)
        {
            using var response = await reader.GetAsync(path);
            if (response.StatusCode == status) return;
            if (since.Elapsed > TimeSpan.FromSeconds(2))
                throw new Xunit.Sdk.XunitException($"{path} still answers {(int)response.StatusCode}, not {(int)status}, 2 s on.");
            await Task.Delay(50);
        }
    }

    private static string Cookies(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.Select(v => v.Split(';')[0])
            : []);
}

public sealed class SeveralNodesTestsOnSqlite(SqliteMediaNodes nodes) : SeveralNodesTests(nodes), IClassFixture<SqliteMediaNodes>;

public sealed class SeveralNodesTestsOnPostgreSql(PostgresMediaNodes nodes) : SeveralNodesTests(nodes), IClassFixture<PostgresMediaNodes>;
