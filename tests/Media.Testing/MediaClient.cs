using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Media.Testing;

/// <summary>An HTTP client of the API as an outside client sees it: JSON in, JSON out, bearer token.</summary>
public sealed class MediaClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public static async Task<MediaClient> SignInAsync(HttpClient http, string userName, string password)
    {
        var response = await http.PostAsJsonAsync("/api/auth/login", new { userName, password });
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode} {body}");
        var token = JsonNode.Parse(body)!["accessToken"]!.GetValue<string>();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new MediaClient(http);
    }

    public Task<HttpResponseMessage> PostAsync(string url, object body) => Http.PostAsJsonAsync(url, body);

    public Task<HttpResponseMessage> PostRawAsync(string url, string json) =>
        Http.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> GetAsync(string url) => Http.GetAsync(url);

    public async Task<HttpResponseMessage> PutAsync(string url, object body, string? ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await Http.SendAsync(request);
    }

    /// <summary>Reads the body as JSON and fails with the body in the message when the status is not the expected one.</summary>
    public static async Task<JsonElement> ExpectAsync(HttpResponseMessage response, int status)
    {
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode != status)
            throw new Xunit.Sdk.XunitException($"Expected HTTP {status} but got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> GetJsonAsync(string url, int status = 200) => await ExpectAsync(await GetAsync(url), status);

    public async Task<JsonElement> PostJsonAsync(string url, object body, int status) => await ExpectAsync(await PostAsync(url, body), status);
}
