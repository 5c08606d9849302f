using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Media.Channels.WeChat.Api;

/// <summary>
/// One HTTP exchange with WeChat: POST to cgi-bin/{endpoint}, the access_token in the query string (docs/wechat.md §1.1),
/// the answer parsed into errcode/errmsg and body. Transport failures become classified <see cref="WeChatApiException"/>s;
/// WeChat's own errcodes are returned for the caller to decide (a stale token is retried, the rest thrown).
/// </summary>
internal sealed class WeChatTransport(IHttpClientFactory httpClients, TimeProvider time, WeChatTelemetry telemetry, ILogger<WeChatTransport> logger)
{
    public const string HttpClientName = "Media.Channels.WeChat";

    public async Task<WeChatReply> PostAsync(WeChatAccount account, string endpoint, string? accessToken, string? query,
        HttpContent content, CancellationToken cancellationToken)
    {
        var parts = new List<string>(2);
        if (query is not null) parts.Add(query);
        if (accessToken is not null) parts.Add("access_token=" + Uri.EscapeDataString(accessToken));
        var uri = new Uri(account.ApiBase, "cgi-bin/" + endpoint + (parts.Count > 0 ? "?" + string.Join('&', parts) : ""));
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = content };
        var started = time.GetTimestamp();
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            Log.CallAnswered(logger, account.AppId, endpoint, (int)response.StatusCode, time.GetElapsedTime(started).TotalMilliseconds);
            var reply = Parse(endpoint, response.StatusCode, text);
            telemetry.Answered(endpoint, reply.Errcode);
            return reply;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient.Timeout ends the call with a cancellation the caller did not ask for.
            Log.CallFailed(logger, account.AppId, endpoint, "timeout");
            throw new WeChatApiException(endpoint, null, "timed out", WeChatErrorKind.Retryable,
                "微信接口响应超时，稍后会自动重试", innerException: e);
        }
        catch (HttpRequestException e)
        {
            Log.CallFailed(logger, account.AppId, endpoint, e.HttpRequestError.ToString());
            throw new WeChatApiException(endpoint, null, e.Message, WeChatErrorKind.Retryable,
                "无法连接微信服务器，稍后会自动重试", innerException: e);
        }
    }

    private static WeChatReply Parse(string endpoint, HttpStatusCode status, string text)
    {
        if ((int)status is < 200 or > 299)
        {
            throw HttpFailure(endpoint, status);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            var body = document.RootElement.Clone();
            if (body.ValueKind != JsonValueKind.Object)
            {
                throw Garbled(endpoint, status, null);
            }

            return new WeChatReply(body, body.Int("errcode") ?? 0, body.Str("errmsg"));
        }
        catch (JsonException e)
        {
            throw Garbled(endpoint, status, e);
        }
    }

    // WeChat answers 200 even for errors (docs/wechat.md §1.3), so any other status is a gateway or proxy talking.
    private static WeChatApiException HttpFailure(string endpoint, HttpStatusCode status)
    {
        var code = (int)status;
        var kind = code is >= 500 or 408 ? WeChatErrorKind.Retryable
            : code == 429 ? WeChatErrorKind.RateLimited
            : WeChatErrorKind.Permanent;
        var message = kind == WeChatErrorKind.Permanent
            ? $"微信接口地址返回 HTTP {code}，请检查渠道的接口地址设置"
            : $"微信服务器暂时不可用（HTTP {code}），稍后会自动重试";
        return new WeChatApiException(endpoint, null, null, kind, message, code);
    }

    private static WeChatApiException Garbled(string endpoint, HttpStatusCode status, Exception? inner) =>
        new(endpoint, null, "response is not a JSON object", WeChatErrorKind.Retryable,
            "微信服务器返回了无法识别的内容，稍后会自动重试", (int)status, innerException: inner);
}
