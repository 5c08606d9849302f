namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>Thrown by a test's progress store right after it saved a key: the process "died" there.</summary>
public sealed class SimulatedCrashException(string key) : Exception($"Simulated crash right after saving '{key}'.");
