"""The Qt window of Partnership Atlas. Reaches data only through db.Store."""
