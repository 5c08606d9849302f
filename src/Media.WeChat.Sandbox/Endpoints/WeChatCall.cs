using System.Text.Json;
using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>A call that passed the common checks: its account (from the access_token) and its parsed JSON body.</summary>
internal sealed record WeChatCall(HttpContext Http, SandboxState State, string? AppId, JsonElement Body)
{
    public SandboxAccountOptions Account =>
        State.FindAccount(AppId) ?? throw new InvalidOperationException("The call carries no account.");

    public WeChatSandboxOptions Options => State.Options;

    public T Service<T>() where T : notnull => Http.RequestServices.GetRequiredService<T>();

    /// <summary>The sandbox's own base (scheme, host and any mount prefix), for URLs it serves itself.</summary>
    public string SandboxBase
    {
        get
        {
            var path = Http.Request.PathBase + Http.Request.Path;
            var prefix = path.Value is { } p && p.IndexOf("/cgi-bin/", StringComparison.Ordinal) is var i and > 0 ? p[..i] : "";
            return $"{Http.Request.Scheme}://{Http.Request.Host}{prefix}";
        }
    }
}
