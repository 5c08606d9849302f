using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Media.Channels.WeChat.Callbacks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>
/// A small developer server on a loopback port standing in for the callback endpoint to come: it reads each request
/// with <see cref="WeChatCallbackReader"/> for the account named in the path and answers what the reader says.
/// </summary>
public sealed class CallbackListener : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<WeChatCallbackResult> _results = Channel.CreateUnbounded<WeChatCallbackResult>();
    private readonly WeChatCallbackReader _reader = new(NullLogger<WeChatCallbackReader>.Instance);
    private readonly ConcurrentDictionary<string, WeChatAccount> _accounts = new(StringComparer.Ordinal);

    private CallbackListener(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public static async Task<CallbackListener> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var listener = new CallbackListener(builder.Build());
        listener._app.UseRouting();
        listener._app.Map("/wechat/callback/{appId}", listener.HandleAsync);
        await listener._app.StartAsync();
        var address = listener._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        listener.BaseUrl = address.TrimEnd('/') + "/wechat/callback/";
        return listener;
    }

    /// <summary>Accounts are known before the sandbox starts pushing; the listener only reads them afterwards.</summary>
    public void Serve(WeChatAccount account) => _accounts[account.AppId] = account;

    public async Task<WeChatCallbackResult> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        return await _results.Reader.ReadAsync(timeout.Token);
    }

    public bool TryNext(out WeChatCallbackResult? result) => _results.Reader.TryRead(out result);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var account = _accounts[context.Request.RouteValues["appId"]!.ToString()!];
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        var result = _reader.Read(context.Request.Query, body, account);
        await _results.Writer.WriteAsync(result, context.RequestAborted);
        context.Response.StatusCode = result.ResponseBody is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        await context.Response.WriteAsync(result.ResponseBody ?? result.RejectionReason ?? "", context.RequestAborted);
    }
}
