from netralitas_desktop.cli import main

raise SystemExit(main())
