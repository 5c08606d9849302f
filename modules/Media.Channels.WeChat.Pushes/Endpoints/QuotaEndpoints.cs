using Media.Abstractions.Distribution;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Channels.WeChat.Delivery;
using Media.Channels.WeChat.Pushes.Allowance;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Channels.WeChat.Pushes.Endpoints;

/// <summary><c>GET /api/wechat/quota?channelId=</c>: the account's mass sends left and when the allowance resets.</summary>
public static class QuotaEndpoints
{
    public static IEndpointRouteBuilder MapQuotaApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/wechat/quota", GetAsync).WithTags("WeChat pushes").RequirePermission(WeChatPushesPermissions.ViewPushes);
        return app;
    }

    internal static async Task<Results<Ok<MassSendAllowance>, ProblemHttpResult, ValidationProblem>> GetAsync(Guid? channelId,
        IChannelDirectory channels, AllowanceLedger ledger, CancellationToken ct)
    {
        if (channelId is null) return Problems.Validation(new FieldErrors().Add("channelId", "'channelId' is required.").ToDictionary());
        if (await channels.FindAsync(channelId.Value, ct) is not { Type: WeChatChannelSettings.ChannelType } channel)
            return Problems.NotFound($"No WeChat channel {channelId}.");
        return TypedResults.Ok(await ledger.ForChannelAsync(channel.Id, WeChatChannelSettings.AccountType(channel.Settings), ct));
    }
}
