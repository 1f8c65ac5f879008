"""The Qt front end of Inspector. It only calls the core (`inspector_app`)."""
