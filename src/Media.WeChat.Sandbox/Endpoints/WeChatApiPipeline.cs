using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Media.WeChat.Sandbox.Faults;
using Media.WeChat.Sandbox.Protocol;
using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>What every WeChat endpoint does before its own logic: log the call, apply faults, check method, token and JSON.</summary>
internal static partial class WeChatApiPipeline
{
    public static void MapApi(this IEndpointRouteBuilder cgi, WeChatApiRoute route,
        Func<WeChatCall, CancellationToken, Task<JsonObject>> handler) =>
        // Mapped for every method, so a wrong one gets WeChat's 43001/43002 instead of a 405.
        cgi.Map("/" + route.Name, context => RunAsync(context, route, handler));

    private static async Task RunAsync(HttpContext context, WeChatApiRoute route,
        Func<WeChatCall, CancellationToken, Task<JsonObject>> handler)
    {
        var state = context.RequestServices.GetRequiredService<SandboxState>();
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        var cancellationToken = context.RequestAborted;
        var raw = route.Body == WeChatBodyKind.Json && HttpMethods.IsPost(context.Request.Method)
            ? await ReadBodyAsync(context.Request, cancellationToken)
            : null;
        var escapes = raw is not null && UnicodeEscape().IsMatch(raw);
        var fault = state.Faults.TryTake(route.Name);
        state.Calls.Add(new SandboxCall(route.Name, context.Request.Method, time.GetUtcNow(), raw, escapes, fault?.Describe()));
        if (fault is not null && await ApplyFaultAsync(context, fault, time, cancellationToken))
        {
            return;
        }

        var reply = Precheck(context, state, route, raw, escapes, out var call) ?? await handler(call!, cancellationToken);
        if (fault?.Kind == FaultKind.LoseAnswer)
        {
            // The work is done and stays done; only the answer never reaches the caller.
            context.Abort();
            return;
        }

        if (fault?.Kind == FaultKind.AnswerHeld)
        {
            // The work is done; the answer waits (the caller may be killed meanwhile, which aborts this request).
            await Task.Delay(fault.Delay, time, cancellationToken);
        }

        await WeChatResponse.WriteAsync(context, reply, cancellationToken);
    }

    private static JsonObject? Precheck(HttpContext context, SandboxState state, WeChatApiRoute route, string? raw,
        bool escapes, out WeChatCall? call)
    {
        call = null;
        if (!string.Equals(context.Request.Method, route.Method, StringComparison.OrdinalIgnoreCase))
        {
            return WeChatErrors.Error(HttpMethods.IsGet(route.Method) ? 43001 : 43002);
        }

        var token = route.RequiresToken ? CheckToken(context, state) : new TokenCheck(null, 0);
        if (route.RequiresToken && !token.IsValid)
        {
            return WeChatErrors.Error(token.Errcode);
        }

        var error = ParseBody(state, raw, escapes, out var body);
        call = error is null ? new WeChatCall(context, state, token.AppId, body) : null;
        return error;
    }

    private static TokenCheck CheckToken(HttpContext context, SandboxState state)
    {
        var token = context.Request.Query["access_token"].ToString();
        return token.Length == 0 ? new TokenCheck(null, 41001) : state.Tokens.Check(token);
    }

    private static JsonObject? ParseBody(SandboxState state, string? raw, bool escapes, out JsonElement body)
    {
        body = default;
        if (raw is null)
        {
            return null;
        }

        if (raw.Trim().Length == 0)
        {
            return WeChatErrors.Error(44002);
        }

        if (escapes && state.Options.RejectUnicodeEscapes)
        {
            return WeChatErrors.Error(40033);
        }

        try
        {
            using var document = JsonDocument.Parse(raw);
            body = document.RootElement.Clone();
            return null;
        }
        catch (JsonException)
        {
            return WeChatErrors.Error(47001);
        }
    }

    /// <summary>True when the fault produced the whole response; a delay lets the call go on afterwards.</summary>
    private static async Task<bool> ApplyFaultAsync(HttpContext context, SandboxFault fault, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var logger = context.RequestServices.GetRequiredService<ILogger<SandboxState>>();
        Log.FaultApplied(logger, fault.Endpoint, fault.Describe());
        switch (fault.Kind)
        {
            case FaultKind.Errcode:
                await WeChatResponse.WriteAsync(context, WeChatErrors.Error(fault.Errcode, fault.Errmsg), cancellationToken);
                return true;
            case FaultKind.Http500:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await context.Response.WriteAsync("Internal Server Error", cancellationToken);
                return true;
            case FaultKind.DropConnection:
                context.Abort();
                return true;
            case FaultKind.LoseAnswer:
            case FaultKind.AnswerHeld:
                return false;
            default:
                await Task.Delay(fault.Delay, time, cancellationToken);
                return false;
        }
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    // A backslash-u escape not itself escaped: \u4f5c counts, \\u4f5c (a literal backslash then "u4f5c") does not.
    [GeneratedRegex(@"(?<!\\)(?:\\\\)*\\u[0-9a-fA-F]{4}")]
    private static partial Regex UnicodeEscape();
}
