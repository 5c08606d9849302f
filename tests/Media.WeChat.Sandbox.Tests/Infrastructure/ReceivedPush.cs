namespace Media.WeChat.Sandbox.Tests.Infrastructure;

public sealed record ReceivedPush(IReadOnlyDictionary<string, string> Query, string Body, string? ContentType);
