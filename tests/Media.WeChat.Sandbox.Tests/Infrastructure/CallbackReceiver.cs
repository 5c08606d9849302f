using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Media.WeChat.Sandbox.Tests.Infrastructure;

/// <summary>A tiny developer server on a loopback port: records each push and answers "success" (or a queued status).</summary>
public sealed class CallbackReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<ReceivedPush> _pushes = Channel.CreateUnbounded<ReceivedPush>();
    private readonly ConcurrentQueue<int> _statuses = new();

    private CallbackReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    /// <summary>Answers GET with this instead of the echostr, to test a failing handshake.</summary>
    public string? WrongEcho { get; set; }

    public static async Task<CallbackReceiver> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Services.AddRoutingCore();
        var receiver = new CallbackReceiver(builder.Build());
        receiver._app.UseRouting();
        receiver._app.Map("/wechat/callback", receiver.HandleAsync);
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = address.TrimEnd('/') + "/wechat/callback";
        return receiver;
    }

    public void RespondNextWith(int statusCode) => _statuses.Enqueue(statusCode);

    public async Task<ReceivedPush> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _pushes.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        if (HttpMethods.IsGet(context.Request.Method))
        {
            await context.Response.WriteAsync(WrongEcho ?? query.GetValueOrDefault("echostr", ""));
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        await _pushes.Writer.WriteAsync(new ReceivedPush(query, body, context.Request.ContentType));
        context.Response.StatusCode = _statuses.TryDequeue(out var status) ? status : StatusCodes.Status200OK;
        await context.Response.WriteAsync("success");
    }
}
