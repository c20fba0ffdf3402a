using DocGen.Server;
using DocGen.Server.Hosting;
using Microsoft.Extensions.Options;

try
{
    await DocGenHost.Build(args).RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    // A wrong setting is the operator's to fix: one line naming it, no stack trace.
    Console.Error.WriteLine(StartupFailure.Describe(e));
    return 2;
}
