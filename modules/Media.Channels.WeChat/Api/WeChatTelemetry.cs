using System.Diagnostics.Metrics;
using System.Globalization;
using Media.Abstractions.Telemetry;

namespace Media.Channels.WeChat.Api;

/// <summary>The <c>Media.Channels.WeChat</c> meter (docs/operations.md §6): every errcode WeChat answers, by code and
/// endpoint — 40001 (token invalid) and 45009 (daily quota reached) are the ones to alert on.</summary>
public sealed class WeChatTelemetry : IMeterOwner
{
    public const string Name = "Media.Channels.WeChat";

    private readonly Counter<long> errors;

    public WeChatTelemetry(IMeterFactory meters) =>
        errors = meters.Create(Name).CreateCounter<long>("media.wechat.errors", "{error}",
            "Answers from WeChat carrying a non-zero errcode, by errcode and endpoint");

    public string MeterName => Name;

    public void Answered(string endpoint, int errcode)
    {
        if (errcode == 0) return;
        errors.Add(1, new KeyValuePair<string, object?>("errcode", errcode.ToString(CultureInfo.InvariantCulture)),
            new KeyValuePair<string, object?>("endpoint", endpoint));
    }
}
