"""PyInstaller entry point: `inspector` (the desktop app) and, when the
bundle is started as `inspector --cli ...`, the command line."""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--cli":
        from inspector_app.cli import main as cli_main
        sys.exit(cli_main(sys.argv[2:]))
    from ui.app import main
    sys.exit(main())
