# What an installation must contain, relative to its prefix: shared by the install and .deb checks.
set(EXPECTED_FILES
    bin/premortem
    bin/premortem-cli
    bin/premortem-cli-draw
    share/applications/${APP_ID}.desktop
    share/metainfo/${APP_ID}.metainfo.xml
    share/mime/packages/${APP_ID}.xml
    share/icons/hicolor/scalable/apps/${APP_ID}.svg
    share/icons/hicolor/scalable/mimetypes/application-x-premortem.svg
    share/premortem/samples/checkout-migration.json
    share/premortem/samples/checkout-migration-lookback.json
    share/doc/premortem/copyright)
foreach(size 16 22 24 32 48 64 128 256)
    list(APPEND EXPECTED_FILES
         share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png
         share/icons/hicolor/${size}x${size}/mimetypes/application-x-premortem.png)
endforeach()
