using DocGen.Server;

await DocGenHost.Build(args).RunAsync();
