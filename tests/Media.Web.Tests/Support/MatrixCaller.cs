using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Web.Tests.Support;

/// <summary>
/// One column of the authorization matrix (AuthorizationMatrixTests): anonymous or a user holding one role, with a
/// bearer client for <c>/api</c> and a cookie client signed in through the form for everything else — the scheme
/// the host picks by path (docs/accounts.md §11). Both clients are made once per site.
/// </summary>
public sealed class MatrixCaller(string name, HttpClient api, HttpClient pages)
{
    public string Name { get; } = name;

    public static async Task<IReadOnlyList<MatrixCaller>> AllAsync(MediaAppFactory app)
    {
        var newsroom = new Newsroom(app);
        var callers = new List<MatrixCaller> { new("anonymous", app.CreateClient(), AdminSession.CookieClient(app)) };
        foreach (var role in MediaRoles.All)
        {
            var (client, _) = await newsroom.UserAsync(role);
            var (session, _) = await AdminSession.NewUserAsync(app, newsroom, role);
            callers.Add(new MatrixCaller(role, client.Http, session.Http));
        }
        return callers;
    }

    /// <summary>The outcome class of a harmless call: <c>-</c> not signed in (401, or a redirect to the sign-in page),
    /// <c>x</c> refused (403, or a redirect to the access-denied page), <c>s</c> past the role check but asked for a
    /// fresh second factor (401 step-up-required), <c>o</c> anything else — allowed past authorization.</summary>
    public async Task<char> CallAsync(string method, string url)
    {
        var http = url.StartsWith("/api", StringComparison.Ordinal) ? api : pages;
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH" or "DELETE")
            request.Content = new StringContent("{}", Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
        using var response = await http.SendAsync(request);
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized when await IsStepUpAsync(response) => 's',
            HttpStatusCode.Unauthorized => '-',
            HttpStatusCode.Forbidden => 'x',
            HttpStatusCode.Redirect or HttpStatusCode.Found when Location(response).StartsWith("/admin/signin", StringComparison.Ordinal) => '-',
            HttpStatusCode.Redirect or HttpStatusCode.Found when Location(response).StartsWith("/admin/denied", StringComparison.Ordinal) => 'x',
            _ => 'o',
        };
    }

    private static string Location(HttpResponseMessage response) =>
        response.Headers.Location is { } location ? (location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString) : "";

    private static async Task<bool> IsStepUpAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return false;
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return problem.RootElement.TryGetProperty("type", out var type) && type.GetString()?.EndsWith("/step-up-required", StringComparison.Ordinal) == true;
    }
}
