namespace DocGen.Server.Tests.Support;

/// <summary>Waiting for a state the server reaches on its own threads; a bound only so a broken server fails the test instead of hanging it.</summary>
internal static class Poll
{
    public static async Task UntilAsync(Func<bool> condition, string what)
    {
        for (var i = 0; i < 3000 && !condition(); i++) await Task.Delay(10);
        Assert.True(condition(), $"never reached: {what}");
    }
}
