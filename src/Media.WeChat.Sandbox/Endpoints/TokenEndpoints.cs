using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.Protocol;
using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>GET /cgi-bin/token and POST /cgi-bin/stable_token.</summary>
internal static class TokenEndpoints
{
    public static void MapTokenEndpoints(this IEndpointRouteBuilder cgi)
    {
        cgi.MapApi(new WeChatApiRoute("token", "GET", WeChatBodyKind.None, RequiresToken: false),
            (call, _) => Task.FromResult(IssueBasic(call)));
        cgi.MapApi(new WeChatApiRoute("stable_token", "POST", WeChatBodyKind.Json, RequiresToken: false),
            (call, _) => Task.FromResult(IssueStable(call)));
    }

    private static JsonObject IssueBasic(WeChatCall call)
    {
        var query = call.Http.Request.Query;
        var appId = query["appid"].ToString();
        var error = CheckCredentials(call.State, query["grant_type"].ToString(), appId, query["secret"].ToString());
        if (error is not null)
        {
            return error;
        }

        Log.TokenIssued(call.Service<ILogger<SandboxState>>(), "basic", appId);
        return Reply(call.State, call.State.Tokens.IssueBasic(appId));
    }

    private static JsonObject IssueStable(WeChatCall call)
    {
        var appId = call.Body.Str("appid") ?? "";
        var error = CheckCredentials(call.State, call.Body.Str("grant_type") ?? "", appId, call.Body.Str("secret") ?? "");
        if (error is not null)
        {
            return error;
        }

        var token = call.State.Tokens.IssueStable(appId, call.Body.Bool("force_refresh"));
        if (token is null)
        {
            return WeChatErrors.Error(45009);
        }

        Log.TokenIssued(call.Service<ILogger<SandboxState>>(), "stable", appId);
        return Reply(call.State, token);
    }

    private static JsonObject? CheckCredentials(SandboxState state, string grantType, string appId, string secret)
    {
        if (grantType != "client_credential")
        {
            return WeChatErrors.Error(40002);
        }

        if (appId.Length == 0)
        {
            return WeChatErrors.Error(41002);
        }

        if (secret.Length == 0)
        {
            return WeChatErrors.Error(41004);
        }

        var account = state.FindAccount(appId);
        if (account is null)
        {
            return WeChatErrors.Error(40013);
        }

        return string.Equals(account.Secret, secret, StringComparison.Ordinal)
            ? null
            : WeChatErrors.Error(state.Options.WrongSecretErrcode);
    }

    private static JsonObject Reply(SandboxState state, IssuedToken token) => new()
    {
        ["access_token"] = token.Value,
        ["expires_in"] = state.Tokens.SecondsLeft(token),
    };
}
